var counter = 0
let bump: (inout Int) -> Void = { $0 += 1 }
bump(&counter)
func twice(_ f: (inout Int) -> Void, _ x: inout Int) { f(&x); f(&x) }
twice(bump, &counter)
print(counter)
var names = ["a", "b"]
let shout = { (s: inout String) -> Int in s = s.uppercased() + "!"; return s.count }
print(shout(&names[1]), names)
struct Acc { var total = 0 }
var acc = Acc()
let add: (inout Acc, Int) -> Void = { a, n in a.total += n }
add(&acc, 5); add(&acc, 7)
print(acc.total)

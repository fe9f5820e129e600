let a = [1, 2, 3].reduce(Optional(0)) { acc, x in acc! + x }
print(a)
let b = [1, 2, 3].reduce(0 as Int?) { acc, x in (acc ?? 0) + x }
print(b)
let c: Int? = [4, 5].reduce(nil) { acc, x in max(acc ?? x, x) }
print(c as Any)
let d = [1.5, 2].reduce(Optional(0.0)) { acc, x in acc.map { $0 + x } }
print(d as Any)
let e = ["a", "b"].reduce(Optional("")) { acc, y in acc.map { s in s + y } }
print(e as Any)
var f = [3, 1, 2].reduce(into: Optional(0)) { acc, x in acc = max(acc ?? 0, x) }
print(f as Any)
let g = [1, 2].reduce(Optional<Int>.none) { acc, x in acc.map { $0 + x } ?? x }
print(g as Any)

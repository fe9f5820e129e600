// Iterators by hand: makeIterator() and next(), and a weak capture that sees its instance go.
var it = [10, 20, 30].makeIterator()
while let x = it.next() {
  print("got", x)
}
print(it.next() as Any)

var letters = "abc".makeIterator()
print(letters.next()!, letters.next()!)

var countdown = 3
let ticks = AnyIterator<Int> {
  defer { countdown -= 1 }
  return countdown > 0 ? countdown : nil
}
for t in ticks { print("tick", t) }

final class Timer {
  let name: String
  init(_ name: String) { self.name = name }
  deinit { print("\(name) stopped") }
}
var timer: Timer? = Timer("egg")
let report = { [weak timer] in print(timer?.name ?? "no timer") }
report()
timer = nil
report()
weak var watcher = Timer("lap")
print(watcher == nil)

// An initializer's @autoclosure parameter is kept as a closure: the argument runs only when
// the stored closure is called, and each call runs it again.
final class Deferred {
  let work: () -> Int
  private(set) var runs = 0
  init(_ work: @autoclosure @escaping () -> Int) {
    self.work = work
  }
  func value() -> Int {
    runs += 1
    return work()
  }
}

var counter = 0
func next() -> Int {
  counter += 1
  print("computing #\(counter)")
  return counter * 10
}

let d = Deferred(next())
print("made, counter is \(counter)")
print(d.value(), d.value(), d.runs)

struct Check {
  var message: () -> String
  init(condition: Bool, message: @autoclosure @escaping () -> String = "failed") {
    self.message = condition ? { "ok" } : message
  }
}
print(Check(condition: true, message: "never built").message())
print(Check(condition: false).message())
print(Check(condition: false, message: "bad input: " + String(counter)).message())

// Observers (willSet/didSet) on variables outside a type, global and local.
var grade: Int = 80 {
  willSet(next) { print("about to change to \(next) from \(grade)") }
  didSet {
    print("changed from \(oldValue) to \(grade)")
    if grade > 100 { grade = 100 }
  }
}
grade = 90
grade += 20
print(grade)
var log: [String] = [] {
  didSet { print("log has \(log.count) entries") }
}
log.append("a")
log.append("b")
func run() {
  var steps = 0 {
    willSet { print("steps will be", newValue) }
  }
  for _ in 0..<2 { steps += 1 }
  print("steps", steps)
}
run()

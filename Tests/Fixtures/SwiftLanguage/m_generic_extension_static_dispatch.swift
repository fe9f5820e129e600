protocol Shape { func area() -> Double; var name: String { get } }
extension Shape {
  var name: String { "shape" }
  func summary() -> String { "\(name) with area \(area())" }
  func describe() -> String { "generic shape" }
}
struct Square: Shape {
  var side: Double
  func area() -> Double { side * side }
  var name: String { "square" }
  func describe() -> String { "a square of side \(side)" }
  func summary() -> String { "own summary" }
}
func report<T: Shape>(_ s: T) { print(s.summary()); print(s.describe()); print(s.name) }
func report2<T>(_ s: T) where T: Shape { print(s.describe()) }
func report3(_ s: some Shape) { print(s.describe()) }
func report4(_ s: any Shape) { print(s.describe()) }
let sq = Square(side: 2)
report(sq)
report2(sq)
report3(sq)
report4(sq)
print(sq.describe())
let shapes: [Shape] = [sq]
for s in shapes { print(s.describe(), s.summary()) }

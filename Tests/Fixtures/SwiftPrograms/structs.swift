import Foundation

struct Vector {
  var x: Double
  var y: Double

  var length: Double {
    (x * x + y * y).squareRoot()
  }

  func dot(_ other: Vector) -> Double {
    x * other.x + y * other.y
  }

  func scaled(by factor: Double) -> Vector {
    Vector(x: x * factor, y: y * factor)
  }

  mutating func normalize() {
    let l = length
    x /= l
    y /= l
  }
}
var v = Vector(x: 3, y: 4)
print(v, v.length, v.dot(Vector(x: 1, y: 0)))
var w = v
w.normalize()
print(v, w)
print(v.scaled(by: 2))
struct Neuron {
  var weights: [Double]
  var bias: Double = 0.0
  let name: String

  func activate(_ inputs: [Double]) -> Double {
    var z = bias
    for (w, x) in zip(weights, inputs) {
      z += w * x
    }
    return max(0, z)
  }
}
let neuron = Neuron(weights: [0.5, -0.25], name: "n1")
print(neuron.activate([2, 1]), neuron.name, neuron.bias)
struct Stack {
  var items: [Int] = []
  mutating func push(_ item: Int) { items.append(item) }
  mutating func pop() -> Int? { items.popLast() }
  var top: Int? { items.last }
}
var s = Stack()
s.push(1)
s.push(2)
print(s.pop()!, s.top!, s.items)
struct Temperature {
  var celsius: Double
  init(fahrenheit: Double) {
    celsius = (fahrenheit - 32) * 5 / 9
  }
  init(celsius: Double) {
    self.celsius = celsius
  }
}
print(Temperature(fahrenheit: 212).celsius, Temperature(celsius: 10).celsius)
var layers = [Vector(x: 1, y: 1), Vector(x: 2, y: 2)]
layers[0].x = 10
print(layers[0], layers[1])

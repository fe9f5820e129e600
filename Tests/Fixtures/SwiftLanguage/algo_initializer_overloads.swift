// Two initializers with the same labels, told apart by the argument's type: a node made
// from one value, and a failable one that builds a whole chain from an array.
final class Node {
  var value: Int
  var next: Node?

  init(_ value: Int) {
    self.value = value
  }

  init?(_ values: [Int]) {
    guard let head = values.first else { return nil }
    value = head
    var tail: Node = self
    for v in values.dropFirst() {
      let node = Node(v)
      tail.next = node
      tail = node
    }
  }

  var description: String {
    var parts: [String] = []
    var cursor: Node? = self
    while let c = cursor {
      parts.append(String(c.value))
      cursor = c.next
    }
    return parts.joined(separator: " -> ")
  }
}

struct Temperature {
  var kelvin: Double
  init(_ kelvin: Double) { self.kelvin = kelvin }
  init?(_ text: String) {
    guard let k = Double(text) else { return nil }
    kelvin = k
  }
}

let single = Node(7)
print(single.description, single.next == nil)
if let chain = Node([4, 8, 15, 16]) {
  print(chain.description)
}
print(Node([]) == nil)
let t = Temperature(273.5)
print(t.kelvin)
for text in ["300.25", "warm"] {
  if let reading = Temperature(text) {
    print(reading.kelvin)
  } else {
    print("not a number:", text)
  }
}

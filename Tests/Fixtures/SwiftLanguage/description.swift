struct Money: CustomStringConvertible {
  var cents: Int
  var description: String {
    "$\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
  }
}

let m = Money(cents: 1234)
print(m)
print("Total: \(m)")
let ms = [Money(cents: 5), Money(cents: 100)]
print(ms.map { $0.description }.joined(separator: ", "))

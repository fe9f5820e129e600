protocol Animal {
  static var kingdom: String { get }
  static var legs: Int { get }
}
extension Animal {
  static var legs: Int { 4 }
  static func describe() -> String { "Kingdom: \(kingdom), legs: \(legs)" }
}
struct Cat: Animal { static var kingdom: String { "Felis" } }
struct Bird: Animal { static let kingdom = "Aves"; static var legs: Int { 2 } }
print(Cat.describe())
print(Bird.describe())
print(Cat.legs, Bird.legs)

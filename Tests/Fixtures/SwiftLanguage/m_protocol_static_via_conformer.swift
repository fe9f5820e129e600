protocol Animal { var name: String { get }; static var kingdom: String { get } }
extension Animal { static var kingdom: String { "Animalia" }
  static func describe() -> String { "kind \(kingdom)" } }
struct Dog: Animal { let name = "d" }
struct Cat: Animal { let name = "c"; static var kingdom: String { "Felis" } }
print(Dog.kingdom, Cat.kingdom, Dog.describe())

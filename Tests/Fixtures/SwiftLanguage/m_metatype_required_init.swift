class Animal: CustomStringConvertible {
    let name: String
    required init(name: String) { self.name = name }
    var sound: String { "..." }
    var description: String { "\(type(of: self))(\(name)) says \(sound)" }
}
final class Dog: Animal { override var sound: String { "woof" } }
final class Cat: Animal { override var sound: String { "meow" } }
let kinds: [Animal.Type] = [Dog.self, Cat.self, Animal.self]
let zoo = kinds.enumerated().map { i, kind in kind.init(name: "pet\(i)") }
print(zoo)
let copy = type(of: zoo[1]).init(name: "clone")
print(copy, type(of: copy) == Cat.self)
struct Point { var x = 0, y = 0; init() {}; init(x: Int, y: Int) { self.x = x; self.y = y } }
let pointType = Point.self
let p = pointType.init(x: 3, y: 4)
print(p.x + p.y, pointType.init().x)
func make<T: Animal>(_ type: T.Type, named name: String) -> T { type.init(name: name) }
print(make(Dog.self, named: "generic"))

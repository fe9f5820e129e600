class Animal {
    class var species: String { "animal" }
    static var count = 0
    let name: String
    required init(name: String) { self.name = name; Animal.count += 1 }
    class func make(named n: String) -> Self { Self(name: n) }
    func describe() -> String { "\(name) the \(Self.species) (\(type(of: self)))" }
}
class Dog: Animal {
    override class var species: String { "dog" }
    func bark() -> String { "\(name): woof" }
}
class Puppy: Dog {
    override class var species: String { "puppy" }
}
let d = Dog.make(named: "Rex")
print(d.describe(), d.bark())
let p = Puppy.make(named: "Bit")
print(p.describe(), p.bark(), Animal.count)
let types: [Animal.Type] = [Animal.self, Dog.self, Puppy.self]
for t in types { print(t.species, t.make(named: "x").describe()) }
print(type(of: p) == Puppy.self, p is Dog, Animal.make(named: "a") is Dog)
struct Builder {
    private var parts: [String] = []
    func adding(_ s: String) -> Builder {
        var copy = self
        copy.parts.append(s)
        return copy
    }
    func build() -> String { parts.joined(separator: " ") }
}
print(Builder().adding("a").adding("b").adding("c").build())
class Singleton {
    static let shared = Singleton()
    private init() { print("init once") }
    var hits = 0
}
Singleton.shared.hits += 1
Singleton.shared.hits += 1
print(Singleton.shared.hits)

class Animal: CustomStringConvertible {
    let name: String
    var legs: Int { 4 }
    init(name: String) { self.name = name }
    func sound() -> String { "..." }
    var description: String { "\(type(of: self))(\(name))" }
}

class Dog: Animal {
    override func sound() -> String { "Woof" }
}

class Bird: Animal {
    override var legs: Int { 2 }
    override func sound() -> String { "Tweet" }
    override var description: String { "Bird named \(name)" }
}

final class Puppy: Dog {
    override func sound() -> String { super.sound().lowercased() + "!" }
}

let zoo: [Animal] = [Dog(name: "Rex"), Bird(name: "Tweety"), Puppy(name: "Bit"), Animal(name: "Generic")]
for a in zoo {
    print("\(a): \(a.sound()) on \(a.legs) legs")
}
print(zoo)
let totalLegs = zoo.reduce(0) { $0 + $1.legs }
print("Total legs:", totalLegs)
let dogs = zoo.compactMap { $0 as? Dog }
print(dogs.map(\.name))
print(zoo.filter { $0 is Bird }.count)
if let p = zoo[2] as? Puppy { print("Puppy:", p.name) }

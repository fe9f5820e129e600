// A description kept in a stored property, as a protocols lab does it.
protocol Animal: CustomStringConvertible {
    var name: String { get }
}

class Dog: Animal {
    let name: String
    var description: String = "a dog"
    init(name: String) {
        self.name = name
        description = "\(name) the dog"
    }
}

struct Cat: Animal {
    let name: String
    let description: String
}

class Puppy: Dog {
    override init(name: String) {
        super.init(name: name)
        description += " (puppy)"
    }
}

let rex = Dog(name: "Rex")
let tom = Cat(name: "Tom", description: "Tom the cat")
print(rex)
print("Meet \(tom) and \(rex).")
let pets: [Animal] = [rex, tom, Puppy(name: "Bit")]
print(pets)
rex.description = "Rex, a good dog"
print(rex, [rex.description])
let byName: [String: Cat] = ["tom": tom]
print(byName)
let maybe: Dog? = rex
print(String(describing: maybe), "\(String(describing: maybe!))")

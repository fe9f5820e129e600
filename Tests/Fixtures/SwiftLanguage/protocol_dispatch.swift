protocol Animal {
  var name: String { get }
  func sound() -> String
}

extension Animal {
  func speak() -> String { "\(name) says \(sound())" }
}

struct Dog: Animal {
  let name: String
  func sound() -> String { "woof" }
}

struct Cat: Animal {
  let name: String
  func sound() -> String { "meow" }
  func speak() -> String { "\(name) purrs" }
}

let zoo: [Animal] = [Dog(name: "Rex"), Cat(name: "Tom")]
for a in zoo { print(a.speak()) }
func loudest(_ animals: [Animal]) -> String { animals.map { $0.sound().uppercased() }.joined(separator: " ") }
print(loudest(zoo))

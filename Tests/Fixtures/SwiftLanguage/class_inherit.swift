class Animal {
  let name: String
  init(name: String) { self.name = name }
  func speak() -> String { "..." }
  func introduce() -> String { "\(name) says \(speak())" }
}

class Dog: Animal {
  override func speak() -> String { "Woof" }
}

final class Puppy: Dog {
  let age: Int
  init(name: String, age: Int) {
    self.age = age
    super.init(name: name)
  }
  override func speak() -> String { super.speak() + " woof" }
}

let animals: [Animal] = [Animal(name: "Generic"), Dog(name: "Rex"), Puppy(name: "Bit", age: 1)]
for a in animals {
  print(a.introduce())
}

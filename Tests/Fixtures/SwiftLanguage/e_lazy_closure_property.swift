// A lazy property holding a closure, called like a method.
final class Greeter {
  let name: String
  var calls = 0
  lazy var greet: (String) -> String = { other in
    self.calls += 1
    return "\(self.name) greets \(other)"
  }
  lazy var shout: () -> String = { self.name.uppercased() + "!" }
  init(name: String) { self.name = name }
}

struct Formatter {
  var prefix: String
  lazy var wrap: (Int) -> String = { [prefix] n in "\(prefix)\(n)" }
}

let g = Greeter(name: "Ada")
print(g.greet("Bob"))
print(g.greet("Cy"), g.calls)
print(g.shout())
let maybe: Greeter? = Greeter(name: "Lin")
print(maybe?.shout() ?? "nobody")
let none: Greeter? = nil
print(none?.shout() ?? "nobody")
var f = Formatter(prefix: "#")
print(f.wrap(7), f.wrap(42))

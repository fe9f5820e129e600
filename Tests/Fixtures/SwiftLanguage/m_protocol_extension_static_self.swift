protocol Animal {
  static var kingdom: String { get }
  var name: String { get }
}
extension Animal {
  static func describe() -> String { "Kingdom: \(kingdom)" }
  static func make(_ n: Int) -> [String] { (0..<n).map { "\(kingdom)#\($0)" } }
  func intro() -> String { "\(name) of \(Self.kingdom)" }
}
struct Cat: Animal { static var kingdom: String { "Felis" }; let name = "Tom" }
struct Bird: Animal { static let kingdom = "Aves"; let name = "Tweety" }
enum Fish: Animal { case nemo; static var kingdom: String { "Pisces" }; var name: String { "Nemo" } }
print(Cat.describe())
print(Bird.describe())
print(Fish.describe())
print(Bird.make(2))
print(Cat().intro(), Bird().intro(), Fish.nemo.intro())
func show<T: Animal>(_ t: T.Type) { print(t.describe()) }
show(Bird.self)

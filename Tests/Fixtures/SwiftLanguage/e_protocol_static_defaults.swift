// Static methods of a protocol extension, called on the conforming types.
protocol Named {
  associatedtype Kind
  var name: String { get }
}
extension Named {
  static func introduce() { print("I am one of the named") }
  static func make(_ n: Int) -> [Int] { Array(0..<n) }
  func hello() -> String { "hello from \(name)" }
}
struct Dog: Named { typealias Kind = Int; let name: String }
final class Robot: Named { typealias Kind = String; var name = "R2" }
Dog.introduce()
Robot.introduce()
print(Dog.make(3), Robot.make(1))
print(Dog(name: "Rex").hello(), Robot().hello())

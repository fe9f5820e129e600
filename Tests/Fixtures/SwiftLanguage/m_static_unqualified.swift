// Static methods name their type's static properties without the type.
final class IDGenerator {
    private static var next = 1
    static let prefix = "id-"
    static func make() -> String {
        defer { next += 1 }
        return prefix + String(next)
    }
    static func reset() { next = 1 }
}
print(IDGenerator.make(), IDGenerator.make())
IDGenerator.reset()
print(IDGenerator.make())
struct Config {
    static var verbose = false
    static var level: Int { verbose ? 2 : 1 }
    static func toggle() -> Int {
        verbose.toggle()
        return level
    }
}
print(Config.toggle(), Config.toggle())

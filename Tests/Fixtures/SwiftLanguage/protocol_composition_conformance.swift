// Conforming through a protocol composition, spelled out or named by a typealias, gives the
// type every protocol's default implementations.
protocol Resettable {
    func reset() -> String
}
extension Resettable {
    func reset() -> String { "reset to zero" }
}

protocol Describable {
    var summary: String { get }
}
extension Describable {
    var summary: String { "a device" }
}

typealias Device = Resettable & Describable

final class Counter: Device {
    var value = 7
    var summary: String { "counter at \(value)" }
}

struct Timer: Resettable & Describable {
    func reset() -> String { "timer stopped" }
}

let devices: [Device] = [Counter(), Timer()]
for d in devices {
    print(d.summary, "/", d.reset())
}
print(Counter().reset(), Timer().summary)

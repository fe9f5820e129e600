class Thermostat {
    var target: Double = 20 {
        willSet { print("target will change from \(target) to \(newValue)") }
        didSet {
            if target > 30 { print("clamping \(target)"); target = 30 }
            print("target changed from \(oldValue) to \(target)")
        }
    }
    lazy var label: String = {
        print("computing label")
        return "Thermostat@\(target)"
    }()
    private(set) var changes = 0
    var current: Double = 18 { didSet { changes += 1 } }
    var fahrenheit: Double {
        get { current * 9 / 5 + 32 }
        set { current = (newValue - 32) * 5 / 9 }
    }
}
let t = Thermostat()
t.target = 25
t.target = 35
print(t.label)
print(t.label)
t.fahrenheit = 212
print(t.current, t.fahrenheit, t.changes)

struct Stats {
    static var instances = 0
    static let unit = "kg"
    var values: [Double] = [] {
        didSet { Stats.instances += 1 }
    }
    var mean: Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
    static func describe(_ s: Stats) -> String { "\(s.mean)\(unit)" }
}
var st = Stats()
st.values.append(3)
st.values += [4, 5]
print(Stats.describe(st), Stats.instances)

final class Logger {
    static let shared = Logger()
    private var lines: [String] = []
    private init() {}
    func log(_ s: String) { lines.append(s) }
    var dump: String { lines.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n") }
}
Logger.shared.log("start")
Logger.shared.log("stop")
print(Logger.shared.dump)

struct Temperature {
    var celsius: Double
    init(celsius: Double) { self.celsius = celsius }
    init(fahrenheit: Double) { self.init(celsius: (fahrenheit - 32) / 1.8) }
    static let boiling = Temperature(celsius: 100)
}
print(Temperature(fahrenheit: 98.6).celsius, Temperature.boiling.celsius)

class Vehicle {
    var wheels: Int { 0 }
    var description: String { "\(type(of: self)) with \(wheels) wheels" }
    final func honk() -> String { "beep" }
    class func make() -> Vehicle { Vehicle() }
    required init() {}
}
class Bike: Vehicle {
    override var wheels: Int { 2 }
    override class func make() -> Vehicle { Bike() }
}
class Car: Vehicle {
    var passengers = 0 { didSet { print("passengers: \(passengers)") } }
    override var wheels: Int { 4 }
}
let vs: [Vehicle] = [Vehicle(), Bike(), Car(), Bike.make()]
for v in vs { print(v.description, v.honk()) }
let car = Car()
car.passengers += 2
car.passengers = 1
print(vs.filter { $0 is Bike }.count, vs.compactMap { $0 as? Car }.count)
print(vs[1] === vs[3], vs[0] !== vs[1])
let kind: Vehicle.Type = Bike.self
print(kind)

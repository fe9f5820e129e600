class Sensor {
    let id: String
    private var readings: [Double] = []
    var onAlert: ((String, Double) -> Void)?
    var threshold: Double = 30.0 {
        didSet { print("threshold \(oldValue) -> \(threshold)") }
    }
    init(id: String) { self.id = id }
    func record(_ t: Double) {
        readings.append(t)
        if t > threshold { onAlert?(id, t) }
    }
    var average: Double? {
        readings.isEmpty ? nil : readings.reduce(0, +) / Double(readings.count)
    }
    var range: (min: Double, max: Double)? {
        guard let lo = readings.min(), let hi = readings.max() else { return nil }
        return (lo, hi)
    }
}
var alerts: [String] = []
let s = Sensor(id: "kitchen")
s.onAlert = { id, t in alerts.append("\(id): \(t)") }
for t in [21.5, 25.0, 31.2, 29.9, 33.0] { s.record(t) }
s.threshold = 32
s.record(32.5)
s.record(35)
print(alerts)
print(s.average!)
if let r = s.range { print("min \(r.min) max \(r.max)") }
let empty = Sensor(id: "garage")
print(empty.average as Any, empty.range == nil)
struct Celsius {
    var value: Double
    var fahrenheit: Double {
        get { value * 9 / 5 + 32 }
        set { value = (newValue - 32) * 5 / 9 }
    }
}
var c = Celsius(value: 100)
print(c.fahrenheit)
c.fahrenheit = 32
print(c.value, c)
let table = stride(from: -10, through: 40, by: 10).map { (Double($0), Double($0) * 1.8 + 32) }
for (cc, f) in table { print("\(Int(cc))C = \(f)F") }

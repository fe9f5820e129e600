// Overriding a property with observers: the subclass watches changes, the base class stores.
class Thermostat {
    private var celsius = 20.0
    var temperature: Double {
        get { celsius }
        set { celsius = min(max(newValue, 5), 30) }
    }
    var mode = "auto"
}

class LoggingThermostat: Thermostat {
    var log: [String] = []
    override var temperature: Double {
        willSet { log.append("will set \(newValue)") }
        didSet { log.append("was \(oldValue), now \(temperature)") }
    }
    override var mode: String {
        didSet { log.append("mode \(oldValue) -> \(mode)") }
    }
}

let t = LoggingThermostat()
t.temperature = 25
t.temperature += 10
t.mode = "eco"
print(t.temperature, t.mode)
for line in t.log { print(line) }

let plain = Thermostat()
plain.temperature = 2
print(plain.temperature)
let asBase: Thermostat = t
asBase.temperature = 12
print(t.log.last ?? "")

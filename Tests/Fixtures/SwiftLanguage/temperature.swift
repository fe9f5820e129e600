struct Temperature {
    var celsius: Double
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
    var kelvin: Double {
        get { return celsius + 273.15 }
        set(k) { celsius = k - 273.15 }
    }
}

class Thermostat {
    var target: Double = 20 {
        willSet {
            print("Changing target from \(target) to \(newValue)")
        }
        didSet {
            if target > 30 {
                print("Too hot, capping")
                target = 30
            }
        }
    }
}

var t = Temperature(celsius: 25)
print(t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
t.kelvin = 0
print(t.celsius)
let th = Thermostat()
th.target = 25
th.target = 35
print(th.target)

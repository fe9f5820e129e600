// Observers of a property of a struct stored in another observed property: the inner ones run
// first, on the struct, and the outer ones once, with the value the inner ones left.
struct Thermostat {
    var target: Int {
        willSet { print("  target will be", newValue) }
        didSet {
            if target > 30 { target = 30 }
            print("  target was", oldValue, "now", target)
        }
    }
    var mode = "auto"
}

final class House {
    var thermostat: Thermostat {
        didSet { print("  house saw", oldValue.target, "->", thermostat.target, thermostat.mode) }
    }
    init() { thermostat = Thermostat(target: 20) }
}

struct Room {
    var name: String
    var climate: Thermostat {
        willSet { print("  room", name, "will get", newValue.target) }
    }
}

let house = House()
print("set 24")
house.thermostat.target = 24
print("set 45")
house.thermostat.target = 45
print("add 5")
house.thermostat.target -= 5
print("mode")
house.thermostat.mode = "eco"
var room = Room(name: "den", climate: Thermostat(target: 18))
print("room 99")
room.climate.target = 99
print(house.thermostat.target, room.climate.target)

// A property declared with `!` starts as nil and, once set, is used as the value itself.
class Engine {
    let power: Int
    init(power: Int) { self.power = power }
    func start() -> String { "vroom at \(power) hp" }
}

class Car {
    let model: String
    var engine: Engine!
    var note: String!
    init(model: String, power: Int) {
        self.model = model
        self.engine = Engine(power: power)
    }
}

let car = Car(model: "Mini", power: 136)
print(car.model, car.engine.power, car.engine.start())
print(car.note == nil)
car.note = "serviced"
print(car.note.uppercased(), car.note.count)
car.engine = Engine(power: 180)
print(car.engine.start())

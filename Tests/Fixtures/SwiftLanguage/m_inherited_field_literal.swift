class Vehicle {
    var currentSpeed = 0.0
    var description: String { "traveling at \(currentSpeed) miles per hour" }
}
class Bicycle: Vehicle { var hasBasket = false }
class Tandem: Bicycle { var riders = 2 }
let bike = Bicycle()
bike.currentSpeed = 15
print(bike.description)
let tandem = Tandem()
tandem.currentSpeed = 22
tandem.currentSpeed += 1
print(tandem.description, tandem.riders)

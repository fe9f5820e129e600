import Swift
import Foundation
import CoreFoundation

// A tiny temperature table: the imports above are the usual header of a
// playground copied from a tutorial.
struct Reading {
    let city: String
    let celsius: Double
    var fahrenheit: Double { celsius * 9 / 5 + 32 }
}

let readings = [
    Reading(city: "Oslo", celsius: -3.5),
    Reading(city: "Cairo", celsius: 31),
    Reading(city: "Lima", celsius: 18.25),
]

for r in readings.sorted(by: { $0.celsius < $1.celsius }) {
    let f = String(format: "%.1f", r.fahrenheit)
    print("\(r.city): \(r.celsius) C = \(f) F")
}
let mean = readings.map(\.celsius).reduce(0, +) / Double(readings.count)
print("mean:", (mean * 100).rounded() / 100)
print("max:", readings.map(\.celsius).max() ?? 0)

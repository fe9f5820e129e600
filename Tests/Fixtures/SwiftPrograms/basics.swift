import Foundation

let a = 17
let b = 5
print(a / b, a % b, -a / b, -a % b, a * b - 3)
let x = 2.5
print(x * 2, x / 4, x - 0.1, 1.0 / 3.0)
let big = 1_000_000
print(big, big * big, 0x1F, 0b1010)
var counter = 0
counter += 5
counter -= 2
counter *= 3
print(counter)
let name = "Ada"
let greeting = "Hello, \(name)! You have \(counter) messages."
print(greeting)
print(greeting.count, name.uppercased(), name.lowercased(), name.hasPrefix("A"))
let flag = counter > 5 && name != "Bob"
print(flag, !flag, counter == 9 ? "nine" : "other")
print(Double(a) / Double(b), Int(7.9), Int(-7.9), Double(3))
print(String(format: "%.2f", 3.14159), String(format: "%5d|%-5d|", 42, 7), String(format: "%08.3f", -2.5))
print(max(3, 9), min(2.5, 1.5), abs(-4), abs(-2.5))
print(1e3, 1.5e-4, 123456789.0, 0.000001, 100.0, 1e21)
print(Float(0.1), Float(2) / 3, Double(Float(0.1)))

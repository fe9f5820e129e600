import Foundation

let names = ["Ann", "Bob", "Cy", "Dee"]
let scores = [88, 92, 75]
for (name, score) in zip(names, scores) {
    print(name, score)
}
for (i, name) in names.enumerated() where i % 2 == 0 {
    print("\(i): \(name)")
}
for x in stride(from: 10, to: 0, by: -3) { print(x, terminator: " ") }
print()
for x in stride(from: 0.0, through: 1.0, by: 0.25) { print(x, terminator: ",") }
print("")
print(Array(stride(from: 1, through: 20, by: 4)))
print(zip([1, 2, 3], ["a", "b", "c"]).map { "\($0)\($1)" })
print(Array(zip(1..., "xyz")))
print(names.enumerated().map { $0.offset * 10 + $0.element.count })
let pairs = Dictionary(uniqueKeysWithValues: zip(names, 1...))
for key in pairs.keys.sorted() { print(key, pairs[key]!, separator: "=") }
print("a", "b", "c", separator: "-", terminator: "!\n")
print(1, 2.5, true, "s", separator: "")

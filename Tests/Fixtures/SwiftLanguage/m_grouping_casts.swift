// Trailing-closure Dictionary initializers, labeled tuples as dictionary values,
// tuple and function type casts, and the type of a mixed class array.
let scores = [88, 92, 71, 65, 99, 80, 74]
let byGrade = Dictionary(grouping: scores) { $0 >= 90 ? "A" : $0 >= 80 ? "B" : "C" }
for grade in byGrade.keys.sorted() { print(grade, byGrade[grade]!.sorted()) }
let tally = Dictionary([("x", 1), ("y", 2), ("x", 5)]) { $0 + $1 }
print(tally.sorted { $0.key < $1.key })

var best: [String: (score: Int, round: Int?)] = ["ann": (70, nil), "bob": (82, 1)]
best["cy"] = (91, 3)
for name in best.keys.sorted() {
    let entry = best[name]!
    print(name, entry.score, entry.round ?? 0)
}
if let top = best.max(by: { $0.value.score < $1.value.score }) { print("top:", top.key, top.value.score) }

let mixed: [Any] = [(1.5, 2.5), (1, "one"), { (x: Int) -> Int in x * 3 }, 4, (2.0, 3.0, 4.0)]
for item in mixed {
    switch item {
    case let (a, b) as (Double, Double): print("pair of doubles", a + b)
    case let (n, s) as (Int, String): print("numbered", n, s)
    case let f as (Int) -> Int: print("function gives", f(5))
    case let (a, b, c) as (Double, Double, Double): print("triple", a * b * c)
    default: print("other", item)
    }
}

class Vehicle { var wheels: Int { 0 } }
class Bike: Vehicle { override var wheels: Int { 2 } }
class Car: Vehicle { override var wheels: Int { 4 } }
class SportsCar: Car {}
let garage = [Car(), SportsCar()]
let street = [Bike(), Car(), SportsCar()]
print(type(of: garage), type(of: street), street.map(\.wheels))

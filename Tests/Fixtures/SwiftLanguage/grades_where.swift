import Foundation

struct Student {
    let name: String
    let scores: [Int]
    var average: Double { Double(scores.reduce(0, +)) / Double(scores.count) }
}

func letter(for avg: Double) -> String {
    switch avg {
    case 90...: return "A"
    case 80..<90: return "B"
    case 70..<80: return "C"
    case let x where x >= 60: return "D"
    default: return "F"
    }
}

let students = [
    Student(name: "Ana", scores: [95, 88, 92]),
    Student(name: "Ben", scores: [72, 65, 80]),
    Student(name: "Cleo", scores: [55, 61, 58]),
    Student(name: "Dan", scores: [85, 91, 79]),
]

for s in students where s.average >= 60 {
    print(s.name, letter(for: s.average), (s.average * 100).rounded() / 100)
}
for case let s in students where s.name.hasPrefix("C") {
    print("C-student:", s.name, s.scores)
}
let best = students.max { $0.average < $1.average }!
print("Best: \(best.name)")
for score in students.flatMap(\.scores) {
    switch score {
    case let x where x % 2 == 0 && x > 90: print("even high \(x)")
    case 55, 58: print("low \(score)")
    default: break
    }
}
let tuple = (students.count, students.first?.name)
switch tuple {
case (let n, .some(let first)) where n > 3: print("many, first \(first)")
case (_, nil): print("none")
default: print("few")
}
print(students[1])

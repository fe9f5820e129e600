import Foundation
struct Student {
    let name: String
    var grades: [Int]
    var average: Double {
        grades.isEmpty ? 0 : Double(grades.reduce(0, +)) / Double(grades.count)
    }
    var letter: String {
        switch average {
        case 90...: return "A"
        case 80..<90: return "B"
        case 70..<80: return "C"
        case 60..<70: return "D"
        default: return "F"
        }
    }
}

var students = [
    Student(name: "Anna", grades: [95, 88, 92]),
    Student(name: "Ben", grades: [72, 65, 80]),
    Student(name: "Chloe", grades: [85, 91, 78]),
    Student(name: "Dan", grades: [50, 61, 58]),
]
students[1].grades.append(100)
for s in students.sorted(by: { $0.average > $1.average }) {
    print("\(s.name.padding(toLength: 6, withPad: " ", startingAt: 0)) \(s.letter) \(s.average)")
}
let byLetter = Dictionary(grouping: students, by: { $0.letter })
for key in byLetter.keys.sorted() {
    print(key, byLetter[key]!.map { $0.name })
}
let best = students.max(by: { $0.average < $1.average })
print(best?.name ?? "none")
let all = students.flatMap { $0.grades }
print(all.min()!, all.max()!, all.count)
print(students.contains { $0.letter == "F" })
print(students.first(where: { $0.name.hasPrefix("C") })!.grades)

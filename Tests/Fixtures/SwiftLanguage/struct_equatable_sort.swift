struct Student: Equatable {
  var name: String
  var grade: Int
}

let students = [Student(name: "Ann", grade: 90), Student(name: "Bob", grade: 85), Student(name: "Cid", grade: 90)]
let sorted = students.sorted { $0.grade != $1.grade ? $0.grade > $1.grade : $0.name < $1.name }
for s in sorted { print(s.name, s.grade) }
print(students[0] == Student(name: "Ann", grade: 90))
print(students.contains(Student(name: "Bob", grade: 85)))
print(students.firstIndex(of: Student(name: "Cid", grade: 90)) ?? -1)

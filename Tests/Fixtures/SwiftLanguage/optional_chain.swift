struct Person {
  var name: String
  var friend: [String]?
}

let p: Person? = Person(name: "A", friend: ["B", "C"])
print(p?.name ?? "none")
print(p?.friend?.count ?? 0)
let q: Person? = nil
print(q?.name ?? "none")
if let n = p?.friend?.first { print(n) }

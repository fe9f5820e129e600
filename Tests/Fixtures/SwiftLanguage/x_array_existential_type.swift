// What type(of:) says about arrays: the declared element type wins over the elements'.
protocol Describable { var summary: String { get } }

struct Book: Describable {
    let title: String
    var summary: String { "Book: \(title)" }
}

struct Movie: Describable {
    let minutes: Int
    var summary: String { "Movie of \(minutes) min" }
}

let mixed: [Any] = ["hi", 32, 2.5, true]
print(type(of: mixed), mixed.count)
for item in mixed {
    if let s = item as? String { print("string", s) } else if let n = item as? Int { print("int", n) }
}

let library: [Describable] = [Book(title: "Dune"), Movie(minutes: 155)]
print(type(of: library))
print(library.map { $0.summary })
print(type(of: library[1]))

let plain = [3, 1, 2]
print(type(of: plain), type(of: plain.sorted()), type(of: ["x": 1]))
let things: [Any] = [Book(title: "Emma"), 7]
print(type(of: things))

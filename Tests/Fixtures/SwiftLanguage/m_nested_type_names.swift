struct Library {
    enum Genre: String, CaseIterable { case fiction, science, history }
    struct Book: CustomStringConvertible {
        let title: String
        let genre: Genre
        var isAvailable = true
        var description: String { "\(title) [\(genre.rawValue)]\(isAvailable ? "" : " (out)")" }
    }
    class Member {
        let name: String
        var borrowed: [String] = []
        init(name: String) { self.name = name }
    }
    private(set) var books: [Book] = []
    var members: [String: Member] = [:]

    mutating func add(_ title: String, _ genre: Genre) { books.append(Book(title: title, genre: genre)) }

    mutating func checkout(_ title: String, by name: String) -> Bool {
        guard let i = books.firstIndex(where: { $0.title == title && $0.isAvailable }) else { return false }
        books[i].isAvailable = false
        let member = members[name] ?? Member(name: name)
        member.borrowed.append(title)
        members[name] = member
        return true
    }

    func count(of genre: Genre) -> Int { books.filter { $0.genre == genre }.count }
}

var lib = Library()
lib.add("Dune", .fiction)
lib.add("Cosmos", .science)
lib.add("SPQR", .history)
lib.add("Foundation", .fiction)
print(lib.checkout("Dune", by: "ann"), lib.checkout("Dune", by: "bob"), lib.checkout("SPQR", by: "ann"))
print(lib.books)
for g in Library.Genre.allCases { print(g, lib.count(of: g)) }
print(lib.members["ann"]!.borrowed, lib.members["bob"] == nil)
let g = Library.Genre(rawValue: "science")!
print(g, [g], Library.Genre.allCases.map(\.rawValue))
let b = Library.Book(title: "X", genre: .history)
print(b, type(of: b), type(of: g))
var books = Array(repeating: Library.Book(title: "Copy", genre: .fiction), count: 2)
books[0].isAvailable = false
print(books.map(\.isAvailable))
let shared = Array(repeating: Library.Member(name: "same"), count: 2)
shared[0].borrowed.append("Z")
print(shared[1].borrowed, shared[0] === shared[1])
var matrix = [[0, 0], [0, 0]]
var rowCopy = matrix[0]
rowCopy[0] = 9
matrix[1][1] = 5
print(matrix, rowCopy)
struct Counter { var n = 0; mutating func bump() { n += 1 } }
var counters = [Counter(), Counter()]
counters[1].bump(); counters[1].bump()
for i in counters.indices { counters[i].bump() }
print(counters.map(\.n))
enum Outer { enum Inner { case a, b } }
print(Outer.Inner.a, [Outer.Inner.b])

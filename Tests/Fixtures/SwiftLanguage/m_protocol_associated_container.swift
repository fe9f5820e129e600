protocol Container {
    associatedtype Item
    var count: Int { get }
    mutating func append(_ item: Item)
    subscript(i: Int) -> Item { get }
}

extension Container {
    var isEmpty: Bool { count == 0 }
    func allItems() -> [Item] { (0..<count).map { self[$0] } }
}

extension Container where Item: Comparable {
    func largest() -> Item? { allItems().max() }
}

struct IntBag: Container {
    var items: [Int] = []
    var count: Int { items.count }
    mutating func append(_ item: Int) { items.append(item) }
    subscript(i: Int) -> Int { items[i] }
}

struct Ring<T>: Container {
    private var storage: [T?]
    private var start = 0
    private(set) var count = 0
    init(capacity: Int) { storage = Array(repeating: nil, count: capacity) }
    mutating func append(_ item: T) {
        let index = (start + count) % storage.count
        storage[index] = item
        if count == storage.count { start = (start + 1) % storage.count } else { count += 1 }
    }
    subscript(i: Int) -> T { storage[(start + i) % storage.count]! }
}

func summarize<C: Container>(_ c: C) -> String where C.Item: CustomStringConvertible {
    "\(c.count) items: " + c.allItems().map(\.description).joined(separator: ",")
}

var bag = IntBag()
print(bag.isEmpty, bag.largest() as Any)
[4, 9, 2].forEach { bag.append($0) }
print(summarize(bag), bag.largest()!)
var ring = Ring<String>(capacity: 3)
for w in ["a", "b", "c", "d", "e"] { ring.append(w) }
print(summarize(ring), ring[0], ring.largest()!)

protocol Animal {
    var name: String { get }
    var sound: String { get }
    func speak() -> String
}
extension Animal {
    func speak() -> String { "\(name) says \(sound)" }
}
struct Dog: Animal {
    let name: String
    var sound: String { "woof" }
}
struct Cat: Animal {
    let name: String
    let sound = "meow"
    func speak() -> String { "\(name) purrs, then says \(sound)" }
}
let zoo: [any Animal] = [Dog(name: "Rex"), Cat(name: "Tom")]
for a in zoo { print(a.speak()) }

func makeAnimal(loud: Bool) -> some Animal { Dog(name: loud ? "LOUD" : "quiet") }
print(makeAnimal(loud: true).speak())

protocol Identifiable2 { static var prefix: String { get }; var id: Int { get } }
extension Identifiable2 { var tag: String { "\(Self.prefix)-\(id)" } }
struct User: Identifiable2 { static let prefix = "U"; let id: Int }
struct Order: Identifiable2 { static var prefix: String { "ORD" }; let id: Int }
let tagged: [Identifiable2] = [User(id: 7), Order(id: 42)]
print(tagged.map(\.tag))

protocol Describable { func describe() -> String }
extension Int: Describable { func describe() -> String { "Int(\(self))" } }
extension String: Describable { func describe() -> String { "String(\(count) chars)" } }
extension Array: Describable where Element: Describable {
    func describe() -> String { "[" + map { $0.describe() }.joined(separator: ", ") + "]" }
}
print(5.describe(), "hey".describe(), [1, 2].describe(), [["a"], ["b", "c"]].describe())

func maxOf<T: Comparable>(_ xs: T...) -> T? { xs.max() }
print(maxOf(3, 9, 2) as Any, maxOf("b", "a") as Any, maxOf() as Int?)
func pairs<K: Hashable & Comparable, V>(_ d: [K: V]) -> [(K, V)] { d.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
print(pairs(["b": 2, "a": 1]))

// Generic containers made with their memberwise initializer, printed while empty and full.
struct Stack<Element> {
    var items = [Element]()
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element? { items.popLast() }
}

struct Pair<Key, Value> {
    var keys = [Key]()
    var values: [Value]
}

struct Point { var x = 0, y = 0 }

let none: [Int] = []
var numbers = Stack(items: none)
print(numbers)
numbers.push(4)
print(numbers, numbers.pop() ?? -1)

var words = Stack(items: [String]())
print(words)
words.push("swift")
print(words)

let points = Stack(items: [Point]())
print(points)
let pair = Pair(keys: [String](), values: [Double]())
print(pair)
let filled = Pair(keys: ["a"], values: [1.5])
print(filled)
var nested = Stack(items: [[Int]]())
nested.push([1, 2])
print(nested)

func makeCounter(step: Int = 1) -> () -> Int {
    var count = 0
    return {
        count += step
        return count
    }
}
let c1 = makeCounter()
let c2 = makeCounter(step: 5)
print(c1(), c1(), c2(), c1(), c2())

var handlers: [String: (Int) -> Int] = [:]
handlers["double"] = { $0 * 2 }
handlers["square"] = { x in x * x }
handlers["negate"] = { -$0 }
for key in handlers.keys.sorted() { print(key, handlers[key]!(7)) }

func compose<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C {
    { g(f($0)) }
}
let addOne = { (x: Int) in x + 1 }
let describe = { (x: Int) -> String in "<\(x)>" }
let pipeline = compose(compose(addOne, { $0 * 3 }), describe)
print(pipeline(4))

var completions: [() -> Void] = []
func register(_ name: String, _ action: @escaping () -> Void) {
    completions.append {
        print("running", name)
        action()
    }
}
var total = 0
register("add 10") { total += 10 }
register("triple") { total *= 3 }
completions.forEach { $0() }
print("total", total)

func memoize<T: Hashable, U>(_ f: @escaping (T) -> U) -> (T) -> U {
    var cache: [T: U] = [:]
    return { x in
        if let hit = cache[x] { return hit }
        let v = f(x)
        cache[x] = v
        return v
    }
}
var calls = 0
let slowSquare = memoize { (n: Int) -> Int in
    calls += 1
    return n * n
}
print(slowSquare(9), slowSquare(9), slowSquare(3), "calls:", calls)

func fibonacci(_ n: Int) -> Int {
    var memo: [Int: Int] = [:]
    func fib(_ k: Int) -> Int {
        if k < 2 { return k }
        if let m = memo[k] { return m }
        let r = fib(k - 1) + fib(k - 2)
        memo[k] = r
        return r
    }
    return fib(n)
}
print(fibonacci(50))

let numbers = [5, 3, 8, 1, 9, 2, 7]
print(numbers.sorted(by: <), numbers.sorted { $0 > $1 })
print(numbers.filter { $0.isMultiple(of: 2) }.map { $0 * $0 })
print(numbers.reduce(into: [Int: [Int]]()) { $0[$1 % 3, default: []].append($1) }.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })
print(numbers.first(where: { $0 > 7 }) ?? 0, numbers.firstIndex(of: 9) ?? -1, numbers.lastIndex { $0 < 3 }!)
print(numbers.allSatisfy { $0 > 0 }, numbers.contains(where: { $0 > 8 }), numbers.min()!, numbers.max()!)
let (evens, odds) = numbers.reduce(into: ([Int](), [Int]())) { acc, x in
    if x % 2 == 0 { acc.0.append(x) } else { acc.1.append(x) }
}
print(evens, odds)
let ops: [(String, (Int, Int) -> Int)] = [("+", +), ("-", -), ("*", *), ("max", max)]
for (name, f) in ops { print(name, f(6, 4)) }
func apply(_ times: Int, _ f: (Int) -> Int, to x: Int) -> Int {
    (0..<times).reduce(x) { acc, _ in f(acc) }
}
print(apply(5, { $0 * 2 }, to: 1))
var captured = 1
let capturer = { [captured] in captured * 100 }
captured = 2
print(capturer(), captured)
let sortedNames = ["bob", "Alice", "carol", "Dave"].sorted { $0.lowercased() < $1.lowercased() }
print(sortedNames)
print(["bob", "Alice", "carol", "Dave"].sorted())

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

var memo: [Int: Int] = [:]
func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    if let cached = memo[n] { return cached }
    let value = fib(n - 1) + fib(n - 2)
    memo[n] = value
    return value
}
print(fib(50), memo.count)

func memoize<T: Hashable, U>(_ f: @escaping (T) -> U) -> (T) -> U {
    var cache: [T: U] = [:]
    return { x in
        if let v = cache[x] { return v }
        let v = f(x)
        cache[x] = v
        return v
    }
}
var calls = 0
let slowSquare: (Int) -> Int = { x in
    calls += 1
    return x * x
}
let fastSquare = memoize(slowSquare)
print([3, 4, 3, 3, 4].map(fastSquare), "calls:", calls)

func outer() -> Int {
    var total = 0
    func add(_ x: Int) { total += x }
    for i in 1...10 { add(i) }
    func doubled() -> Int { total * 2 }
    return doubled()
}
print(outer())

var handlers: [String: (Int) -> Int] = [:]
handlers["inc"] = { $0 + 1 }
handlers["sq"] = { $0 * $0 }
for key in handlers.keys.sorted() { print(key, handlers[key]!(7)) }
let composed = [handlers["inc"]!, handlers["sq"]!].reduce({ (x: Int) in x }) { f, g in { g(f($0)) } }
print(composed(3))

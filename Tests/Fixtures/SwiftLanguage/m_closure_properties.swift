class Button {
    var title: String
    var onTap: (() -> Void)?
    var validators: [(String) -> Bool] = []
    init(title: String) { self.title = title }
    func tap() { onTap?() }
    func validate(_ s: String) -> Bool { validators.allSatisfy { $0(s) } }
}
let b = Button(title: "OK")
var taps = 0
b.onTap = { taps += 1; print("tapped \(b.title) \(taps)") }
b.tap(); b.tap()
b.validators.append { !$0.isEmpty }
b.validators.append { $0.count < 5 }
print(b.validate("hey"), b.validate(""), b.validate("toolong"))
func operation(_ op: String) -> (Double, Double) -> Double {
    switch op {
    case "+": return (+)
    case "-": return { $0 - $1 }
    case "max": return max
    default: return { _, _ in .nan }
    }
}
print(operation("+")(2, 3), operation("-")(2, 3), operation("max")(2, 3), operation("?")(1, 1).isNaN)
var handlers: [String: (Int) -> String] = [
    "double": { "\($0 * 2)" },
    "square": { n in String(n * n) },
]
handlers["neg"] = { "-\($0)" }
for k in handlers.keys.sorted() { print(k, handlers[k]!(7)) }
func retry(times: Int, _ body: (Int) throws -> String) rethrows -> String? {
    for attempt in 1...times { if let r = try? body(attempt) { return r } }
    return nil
}
struct Flaky: Error {}
print(try retry(times: 3) { a in if a < 3 { throw Flaky() }; return "ok on \(a)" } ?? "gave up")
func memoize<T: Hashable, U>(_ f: @escaping (T) -> U) -> (T) -> U {
    var cache: [T: U] = [:]
    return { x in
        if let c = cache[x] { return c }
        let r = f(x); cache[x] = r; return r
    }
}
var calls = 0
let slowSquare: (Int) -> Int = { calls += 1; return $0 * $0 }
let fast = memoize(slowSquare)
print(fast(4), fast(4), fast(5), calls)
let sorters: [(String, (Int, Int) -> Bool)] = [("asc", (<)), ("desc", (>))]
for (name, f) in sorters { print(name, [3, 1, 2].sorted(by: f)) }
let delayed: () -> String = { "lazy result" }
func logIf(_ cond: Bool, _ msg: @autoclosure () -> String) { if cond { print(msg()) } }
logIf(false, delayed()); logIf(true, "shown " + delayed())

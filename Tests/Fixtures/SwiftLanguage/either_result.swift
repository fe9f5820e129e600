enum Either<L, R> {
    case left(L)
    case right(R)

    func map<T>(_ f: (R) -> T) -> Either<L, T> {
        switch self {
        case .left(let l): return .left(l)
        case .right(let r): return .right(f(r))
        }
    }

    var isRight: Bool {
        if case .right = self { return true }
        return false
    }
}

enum ParseError: Error, CustomStringConvertible {
    case empty
    case notANumber(String)
    var description: String {
        switch self {
        case .empty: return "empty input"
        case .notANumber(let s): return "'\(s)' is not a number"
        }
    }
}

func parse(_ s: String) -> Result<Int, ParseError> {
    if s.isEmpty { return .failure(.empty) }
    guard let n = Int(s) else { return .failure(.notANumber(s)) }
    return .success(n)
}

for input in ["12", "", "abc", "-7"] {
    switch parse(input).map({ $0 * 2 }) {
    case .success(let v): print("ok \(v)")
    case .failure(let e): print("error: \(e)")
    }
}

let values: [Either<String, Int>] = [.right(3), .left("oops"), .right(10)]
for v in values {
    switch v.map({ $0 * $0 }) {
    case .left(let msg): print("Left:", msg)
    case .right(let n): print("Right:", n)
    }
}
print(values.filter { $0.isRight }.count)
let r = parse("5")
if let v = try? r.get() { print("got", v) }
do {
    _ = try parse("x").get()
} catch {
    print("caught", error)
}

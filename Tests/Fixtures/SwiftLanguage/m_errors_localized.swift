import Foundation

enum ValidationError: Error, LocalizedError {
    case empty(field: String)
    case tooShort(field: String, minimum: Int)
    case invalidCharacters(String)

    var errorDescription: String? {
        switch self {
        case .empty(let field): return "\(field) must not be empty"
        case let .tooShort(field, minimum): return "\(field) must be at least \(minimum) characters"
        case .invalidCharacters(let s): return "invalid characters in '\(s)'"
        }
    }
}

struct ParseError: Error {
    let line: Int
    let message: String
}

func validate(username: String) throws -> String {
    guard !username.isEmpty else { throw ValidationError.empty(field: "username") }
    guard username.count >= 3 else { throw ValidationError.tooShort(field: "username", minimum: 3) }
    guard username.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
        throw ValidationError.invalidCharacters(username)
    }
    return username.lowercased()
}

for name in ["", "ab", "bad name!", "Good_Name42"] {
    do {
        let v = try validate(username: name)
        print("valid:", v)
    } catch let e as ValidationError {
        print("ValidationError:", e.localizedDescription)
    } catch {
        print("unexpected", error)
    }
}

func parse(_ lines: [String]) throws -> [Int] {
    var out: [Int] = []
    for (i, line) in lines.enumerated() {
        guard let v = Int(line.trimmingCharacters(in: .whitespaces)) else {
            throw ParseError(line: i + 1, message: "not a number: \(line)")
        }
        out.append(v)
    }
    return out
}

do {
    print(try parse(["1", " 2 ", "3"]))
    print(try parse(["4", "five", "6"]))
} catch let e as ParseError {
    print("line \(e.line): \(e.message)")
}
print(String(describing: ParseError(line: 3, message: "x")))

let values = ["10", "x", "30"].map { s -> Result<Int, ValidationError> in
    if let n = Int(s) { return .success(n) }
    return .failure(.invalidCharacters(s))
}
for v in values {
    switch v {
    case .success(let n): print("ok", n)
    case .failure(let e): print("fail", e.errorDescription ?? "?")
    }
}
let sum = values.compactMap { try? $0.get() }.reduce(0, +)
print("sum", sum)
let maybe = try? validate(username: "zz")
print(maybe as Any, (try? validate(username: "Zed")) ?? "none")

func cleanup(_ label: String) -> Int {
    var log: [String] = []
    defer { print(label, log) }
    for i in 1...3 {
        defer { log.append("end \(i)") }
        if i == 2 { continue }
        log.append("body \(i)")
    }
    return log.count
}
print(cleanup("A"))

func rethrowing(_ items: [Int], _ transform: (Int) throws -> Int) rethrows -> [Int] {
    try items.map(transform)
}
print(rethrowing([1, 2, 3]) { $0 * 10 })
do {
    _ = try rethrowing([1, 2, 3]) { x in
        if x == 2 { throw ValidationError.empty(field: "x\(x)") }
        return x
    }
} catch {
    print("caught:", error.localizedDescription)
    print(error)
}
let e: Error = ValidationError.tooShort(field: "pw", minimum: 8)
print(e.localizedDescription)
if let ve = e as? ValidationError, case .tooShort(_, let m) = ve { print("min", m) }

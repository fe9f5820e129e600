import Foundation

indirect enum JSON {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    func render(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n):
            return n == n.rounded() ? String(Int(n)) : String(n)
        case .string(let s): return "\"\(s)\""
        case .array(let items):
            if items.isEmpty { return "[]" }
            let body = items.map { inner + $0.render(indent: indent + 1) }.joined(separator: ",\n")
            return "[\n\(body)\n\(pad)]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            let body = pairs.map { "\(inner)\"\($0.0)\": \($0.1.render(indent: indent + 1))" }
                .joined(separator: ",\n")
            return "{\n" + body + "\n" + pad + "}"
        }
    }
    var depth: Int {
        switch self {
        case .array(let a): return 1 + (a.map { $0.depth }.max() ?? 0)
        case .object(let o): return 1 + (o.map { $0.1.depth }.max() ?? 0)
        default: return 0
        }
    }
}
let doc = JSON.object([
    ("name", .string("nnbook")),
    ("version", .number(1.5)),
    ("stable", .bool(false)),
    ("tags", .array([.string("swift"), .string("ml")])),
    ("owner", .object([("id", .number(42)), ("email", .null)])),
    ("empty", .array([])),
])
print(doc.render())
print("depth:", doc.depth)
if case .object(let pairs) = doc {
    print(pairs.map { $0.0 })
}

import Foundation
indirect enum JSON: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    static func == (lhs: JSON, rhs: JSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }
}

extension JSON: CustomStringConvertible {
    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n):
            return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .string(let s): return "\"\(s)\""
        case .array(let items): return "[" + items.map { $0.description }.joined(separator: ",") + "]"
        case .object(let pairs):
            return "{" + pairs.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
        }
    }

    func pretty(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .array(let items) where !items.isEmpty:
            let body = items.map { inner + $0.pretty(indent: indent + 1) }.joined(separator: ",\n")
            return "[\n\(body)\n\(pad)]"
        case .object(let pairs) where !pairs.isEmpty:
            let body = pairs.map { "\(inner)\"\($0.0)\": \($0.1.pretty(indent: indent + 1))" }
            return "{\n" + body.joined(separator: ",\n") + "\n" + pad + "}"
        default:
            return description
        }
    }

    subscript(key: String) -> JSON? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first(where: { $0.0 == key })?.1
    }

    subscript(index: Int) -> JSON? {
        guard case .array(let items) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }

    var depth: Int {
        switch self {
        case .array(let items): return 1 + (items.map(\.depth).max() ?? 0)
        case .object(let pairs): return 1 + (pairs.map { $0.1.depth }.max() ?? 0)
        default: return 0
        }
    }
}

let doc: JSON = .object([
    ("name", .string("nnbook")),
    ("version", .number(1.5)),
    ("stars", .number(42)),
    ("tags", .array([.string("swift"), .string("ml"), .null])),
    ("meta", .object([("ok", .bool(true)), ("empty", .array([]))])),
])
print(doc)
print(doc.pretty())
print(doc["tags"]?[1] ?? .null)
print(doc["meta"]?["ok"] as Any)
print(doc["missing"] == nil, doc["tags"]?[7] == nil)
print(doc.depth, JSON.number(3).depth)
print(doc == doc, JSON.array([.null]) == JSON.array([.bool(false)]))
if case .number(let v)? = doc["version"] { print("version", v) }
switch doc["stars"] {
case .some(.number(let n)) where n > 10: print("popular", n)
case .some: print("something else")
case .none: print("nothing")
}

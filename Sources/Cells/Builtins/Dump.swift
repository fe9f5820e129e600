/// Swift's `dump(_:name:)`: a value and its parts as an indented tree, one line per part,
/// `▿` before a part that has parts of its own and `-` before a leaf, as the compiled
/// program prints it (`▿ main.Point`, `  - x: 1`). Class instances are numbered in the
/// order the dump meets them (`#0`, `#1`); one met again is not expanded a second time.
enum Dump {
  static func text(of value: Value, name: String?) -> String {
    var out = ""
    var seen: [ObjectIdentifier: Int] = [:]
    write(value, label: name, indent: 0, into: &out, seen: &seen)
    return out
  }

  private static func write(
    _ value: Value, label: String?, indent: Int, into out: inout String, seen: inout [ObjectIdentifier: Int]
  ) {
    let value = unboxed(value)
    var summary = summary(of: value)
    if case .structInstance(let s) = value, s.isClass {
      let id = ObjectIdentifier(s.storage)
      if let n = seen[id] {
        out += String(repeating: " ", count: indent) + "- " + (label.map { $0 + ": " } ?? "") + summary + " #\(n)\n"
        return
      }
      seen[id] = seen.count
      summary += " #\(seen[id]!)"
    }
    let kids = children(of: value)
    let marker = kids.isEmpty ? "- " : "▿ "
    out += String(repeating: " ", count: indent) + marker + (label.map { $0 + ": " } ?? "") + summary + "\n"
    for (childLabel, child) in kids {
      write(child, label: childLabel, indent: indent + 2, into: &out, seen: &seen)
    }
  }

  private static func unboxed(_ v: Value) -> Value {
    if case .box(let b) = v { return b.value }
    return v
  }

  /// What the line of a value shows after its label.
  static func summary(of value: Value) -> String {
    switch value {
    case .string: return value.debugDescription
    case .array(let xs): return count(xs.count, "element")
    case .dictionary(let d): return count(d.keys.count, "key/value pair")
    case .tuple(let t): return "(\(count(t.elements.count, "element")))"
    case .none: return "nil"
    case .some(let inner): return "Optional(\(typeSummary(unboxed(inner))))"
    case .range(let r): return "\(r.closed ? "ClosedRange" : "Range")(\(value.description))"
    case .structInstance(let s):
      if s.type.isEnum, case .string(let name) = s.fields[0] {
        return Value.modulePrefix + s.type.enclosingNames + s.type.name + "." + name
      }
      if let text = UserOperators.description(of: s), !s.isClass { return text }
      return Value.modulePrefix + s.type.printedName(of: s, qualified: true)
    case .object(let o as SetObject):
      return count((try? SetObject.elements(of: .object(o)).count) ?? 0, "member")
    case .object(let o as ArraySliceObject): return count(o.storage.count, "element")
    case .object(let o as SubstringObject): return o.text.debugDescription
    case .object(let o as DumpedParent): return Value.modulePrefix + o.name
    default: return value.description
    }
  }

  /// An optional's wrapped value as its line names it: a value's type for instances, the
  /// value itself for the rest (`Optional(2.5)`, `Optional(main.Node)`).
  private static func typeSummary(_ value: Value) -> String {
    if case .structInstance(let s) = value, !s.type.isEnum {
      return Value.modulePrefix + s.type.printedName(of: s, qualified: true)
    }
    return summary(of: value)
  }

  private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

  /// The labelled parts of a value, in the order Swift's mirror lists them.
  static func children(of value: Value) -> [(String?, Value)] {
    switch value {
    case .array(let xs): return xs.map { (nil, $0) }
    case .dictionary(let d):
      return zip(d.keys, d.values).map { k, v in
        (nil, .tuple(TupleValue(elements: [k, v], labels: ["key", "value"])))
      }
    case .tuple(let t):
      return t.elements.enumerated().map { i, v in (t.labels[i] ?? ".\(i)", v) }
    case .some(let inner): return [("some", inner)]
    case .range(let r):
      return [("lowerBound", .int(r.lower)), ("upperBound", .int(r.upper))]
    case .object(let o as SetObject):
      return ((try? SetObject.elements(of: .object(o))) ?? []).map { (nil, $0) }
    case .object(let o as ArraySliceObject): return o.storage.map { (nil, $0) }
    case .object(let o as DumpedParent): return o.parts
    case .structInstance(let s):
      if s.type.isEnum {
        guard case .string(let name) = s.fields[0], case .tuple(let payload) = s.fields[1], !payload.elements.isEmpty
        else { return [] }
        if payload.elements.count == 1 && payload.labels[0] == nil { return [(name, payload.elements[0])] }
        return [(name, .tuple(payload))]
      }
      return fields(of: s, type: s.type, upTo: s.type.fieldNames.count)
    default: return []
    }
  }

  /// A class's parts: its superclass's as one `super` part, then its own stored properties.
  private static func fields(of s: StructInstance, type: StructType, upTo end: Int) -> [(String?, Value)] {
    var out: [(String?, Value)] = []
    var start = 0
    if s.isClass, let parent = type.superclass {
      start = parent.fieldNames.count
      out.append(("super", DumpedParent(name: parent.name, parts: fields(of: s, type: parent, upTo: start)).value))
    }
    let all = s.storage.fields
    for k in start..<min(end, all.count) where !type.fieldNames[k].hasPrefix("$") {
      var v = all[k]
      if case .object(let w as WeakReference) = v {
        v = w.target.map { .some(.structInstance(StructInstance($0))) } ?? .none
      }
      out.append((type.fieldNames[k], v))
    }
    return out
  }
}

/// A superclass's part of a dumped class instance: a line naming the superclass, then its
/// stored properties.
final class DumpedParent: NativeObject {
  let name: String
  let parts: [(String?, Value)]
  init(name: String, parts: [(String?, Value)]) {
    self.name = name
    self.parts = parts
  }
  var value: Value { .object(self) }
  override var typeName: String { name }
}

/// `dump(x, name: "x")`: writes the tree and gives the value back.
final class DumpExpr: Expr {
  let value: Expr
  let name: Expr?
  init(_ value: Expr, name: Expr?, _ loc: SourceLoc) {
    self.value = value
    self.name = name
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let v = try value.eval(rt, fp)
    let label = try name.map { try $0.eval(rt, fp).description }
    try rt.write(Dump.text(of: v, name: label), at: loc)
    return v
  }
}

extension Value {
  /// What `print` and `"\(x)"` show: Swift's `String(describing:)`.
  var description: String {
    switch self {
    case .void: return "()"
    case .int(let v): return String(v)
    case .double(let v): return v.description
    case .float(let v): return v.description
    case .bool(let v): return v ? "true" : "false"
    case .string(let v): return v
    case .array(let a):
      return "[" + a.map(\.debugDescription).joined(separator: ", ") + "]"
    case .dictionary(let d):
      if d.count == 0 { return "[:]" }
      return "["
        + zip(d.keys, d.values).map { "\($0.debugDescription): \($1.debugDescription)" }
        .joined(separator: ", ") + "]"
    case .tuple(let t):
      let parts = zip(t.labels, t.elements).map { label, value in
        (label.map { "\($0): " } ?? "") + value.debugDescription
      }
      return "(" + parts.joined(separator: ", ") + ")"
    case .none: return "nil"
    case .some(let v): return "Optional(\(v.debugDescription))"
    case .range(let r) where r.upperOpen: return "PartialRangeFrom<Int>(lowerBound: \(r.lower))"
    case .range(let r) where r.lowerOpen && r.lower == .min:
      // `..<3` and `...3` written as values.
      return "PartialRange\(r.closed ? "Through" : "UpTo")<Int>(upperBound: \(r.upper))"
    case .range(let r): return "\(r.lower)\(r.closed ? "..." : "..<")\(r.upper)"
    case .function: return "(Function)"
    case .structInstance(let s):
      if let text = UserOperators.description(of: s) { return text }
      // Compiled Swift names the module of a class, and of any struct or enum shown inside
      // a collection, tuple or another value (`main.Counter`): a cell is a program built as
      // `main.swift`, the module `main`.
      if s.ref != nil { return Value.modulePrefix + s.type.printedName(of: s, qualified: true) }
      if s.type.isEnum, case .string(let name) = s.fields[0] {
        if case .tuple(let payload) = s.fields[1], !payload.elements.isEmpty {
          return name + Value.tuple(payload).description
        }
        return name
      }
      return s.type.printedName(of: s, qualified: false) + Value.fieldList(s)
    case .type(let t): return t.name
    case .box(let b): return b.value.description
    case .object(let o): return o.describe()
    }
  }

  /// `description`, cut once it is longer than `limit` UTF-8 bytes: `print` of a huge
  /// nested array stops at the print cap instead of building all of its text first.
  func description(limit: Int) -> String {
    var text = ""
    append(to: &text, limit: limit, debug: false)
    return text
  }

  /// Appends `description` (or `debugDescription`) to `text`, stopping between elements of
  /// collections once `text` is longer than `limit`.
  private func append(to text: inout String, limit: Int, debug: Bool) {
    func elements(_ values: [Value], labels: [String?]? = nil, open: String, close: String) {
      text += open
      for (index, value) in values.enumerated() {
        if text.utf8.count > limit { return }
        if index > 0 { text += ", " }
        if let label = labels?[index] { text += label + ": " }
        value.append(to: &text, limit: limit, debug: true)
      }
      text += close
    }
    switch self {
    case .array(let a): elements(a, open: "[", close: "]")
    case .tuple(let t): elements(t.elements, labels: t.labels, open: "(", close: ")")
    case .some(let v):
      text += "Optional("
      v.append(to: &text, limit: limit, debug: true)
      text += ")"
    case .box(let b): b.value.append(to: &text, limit: limit, debug: debug)
    default: text += debug ? debugDescription : description
    }
  }

  /// What Swift shows inside collections: strings quoted and escaped.
  var debugDescription: String {
    switch self {
    case .string(let v): return v.debugDescription
    case .box(let b): return b.value.debugDescription
    case .structInstance(let s):
      // `CustomDebugStringConvertible`: its own `debugDescription`, in collections and `debugPrint`.
      if let text = UserOperators.debugDescription(of: s) { return text }
      guard s.ref == nil && UserOperators.description(of: s) == nil else { return description }
      if s.type.isEnum { return Value.modulePrefix + s.type.enclosingNames + s.type.name + "." + description }
      return Value.modulePrefix + s.type.printedName(of: s, qualified: true) + Value.fieldList(s)
    // Inside a collection a slice names itself: `[ArraySlice([1, 2]), ArraySlice([4])]`.
    case .object(let o as ArraySliceObject): return "ArraySlice(" + o.describe() + ")"
    case .object(let o as SubstringObject): return o.text.debugDescription
    default: return description
    }
  }
}

/// Shows the value of a cell's last expression.
enum Display {
  static func show(_ value: Value, _ rt: Runtime, at loc: SourceLoc) throws {
    switch value {
    case .void: return
    case .string:
      try rt.writeResult(value.debugDescription + "\n", at: loc)
    case .object(let o as DisplayableObject):
      rt.emit(o.output)
    default:
      try rt.writeResult(value.description(limit: Runtime.printLimit) + "\n", at: loc)
    }
  }
}

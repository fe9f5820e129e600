extension StructType {
  /// The name Swift prints for an instance: `Stack<Int>` for a generic type, its arguments
  /// read from the values of the stored properties declared with them (`items: [Element]`
  /// holding `[1, 2]`); the bare name when no property tells (an empty stack). `qualified`
  /// names the arguments' modules, as inside a collection (`main.Stack<Swift.Int>`).
  func printedName(of s: StructInstance, qualified: Bool) -> String {
    guard !genericParameters.isEmpty else { return qualified ? enclosingNames + name : name }
    if let written = s.storage.typeArguments, written.count == genericParameters.count {
      let arguments = written.map { qualified ? StructType.qualifiedTypeName($0) : $0 }
      return name + "<" + arguments.joined(separator: ", ") + ">"
    }
    let fields = s.storage.fields
    var arguments: [String] = []
    for parameter in genericParameters {
      guard let argument = argument(parameter, fields, qualified: qualified) else { return name }
      arguments.append(argument)
    }
    return name + "<" + arguments.joined(separator: ", ") + ">"
  }

  /// The types of Swift's standard library a cell's values can have, which Swift names
  /// with the module `Swift`.
  static let standardLibraryTypes: Set = [
    "Int", "Double", "Float", "Bool", "String", "Character", "Array", "Dictionary", "Set", "Optional",
    "Substring", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64",
    "ReversedCollection",
  ]

  /// `Int` as `Swift.Int`, `Array<Int>` as `Swift.Array<Swift.Int>`, a cell's `Point` as
  /// `main.Point`: a type's name as Swift prints it inside a collection.
  static func qualifiedTypeName(_ text: String) -> String {
    var out = ""
    var word = ""
    func flush() {
      guard !word.isEmpty else { return }
      out += (standardLibraryTypes.contains(word) ? "Swift." : Value.modulePrefix) + word
      word = ""
    }
    for ch in text {
      if ch.isLetter || ch.isNumber || ch == "_" {
        word.append(ch)
      } else {
        flush()
        out.append(ch)
      }
    }
    flush()
    return out
  }

  private func argument(_ parameter: String, _ fields: [Value], qualified: Bool) -> String? {
    for (k, text) in fieldTypeTexts.enumerated() where k < fields.count {
      var value: Value?
      switch (text, fields[k]) {
      case (parameter, let v): value = v
      case ("[\(parameter)]", .array(let xs)): value = xs.first
      case ("\(parameter)?", .some(let v)): value = v
      default: break
      }
      if let value, let type = value.swiftTypeName(qualified: qualified) { return type }
    }
    return nil
  }
}

extension Value {
  /// The Swift type of a value, as a generic argument prints it; nil where the value does
  /// not say (an empty array, nil, a function).
  func swiftTypeName(qualified: Bool) -> String? {
    let swift = qualified ? "Swift." : ""
    switch self {
    case .int: return swift + "Int"
    case .double: return swift + "Double"
    case .float: return swift + "Float"
    case .bool: return swift + "Bool"
    case .string: return swift + "String"
    case .array(let xs):
      guard let element = xs.first?.swiftTypeName(qualified: qualified) else { return nil }
      return swift + "Array<" + element + ">"
    case .some(let x):
      guard let wrapped = x.swiftTypeName(qualified: qualified) else { return nil }
      return swift + "Optional<" + wrapped + ">"
    case .dictionary(let d):
      guard let key = d.keys.first?.swiftTypeName(qualified: qualified),
        let value = d.values.first?.swiftTypeName(qualified: qualified)
      else { return nil }
      return swift + "Dictionary<" + key + ", " + value + ">"
    case .structInstance(let s):
      return (qualified ? Value.modulePrefix : "") + s.type.printedName(of: s, qualified: qualified)
    case .box(let b): return b.value.swiftTypeName(qualified: qualified)
    default: return nil
    }
  }

  /// `(items: [1, 2])`: a struct's stored properties as Swift prints them.
  static func fieldList(_ s: StructInstance) -> String {
    "(" + zip(s.type.fieldNames, s.fields).map { "\($0): \($1.debugDescription)" }.joined(separator: ", ") + ")"
  }
}

extension Value {
  /// `main.` or the lesson's own module name (`sort.` for `sort.md`, as swiftc names the
  /// module of `sort.swift`), which qualifies the lesson's types where Swift prints them so.
  static var modulePrefix: String { (Runtime.current?.context.moduleName ?? "main") + "." }
}

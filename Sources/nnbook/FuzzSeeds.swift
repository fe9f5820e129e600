import Cells

/// What the fuzzer starts from besides the lessons it is given.
enum Seeds {
  /// Cells of the kinds that have crashed nnbook or escaped its limits before.
  static let hostileCells = [
    "print((0...Int.max).count)",
    "for i in 0...Int.max { if i > 2 { break } }",
    "let t = Tensor([1.0]).reshaped([6, Int.max])",
    "let f = { $9 }\nprint(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))",
    "print([1, 2].prefix(1), \"abc\".suffix(2))",
    "print(String(format: \"%5.2f %d %@\", 1.5, 3, \"x\"))",
    "var s = \"x\"\nwhile true { s += s }",
    "var a = [1]\nwhile true { a += a }",
    "var d: [String: Int] = [:]\nfor i in 0..<100 { d[\"k\\(i)\"] = i }\nprint(d.count)",
    "let x = Tensor.randomNormal([4, 3], seed: 1)\nprint(x.matmul(x.T).sum(axis: 0))",
    "for i in stride(from: 0, to: 10, by: 3) { print(i) }",
    "struct P { var x: Int; func f() -> Int { x * 2 } }\nprint(P(x: 3).f())",
    "print(confusionMatrix([0, 1, 1], [0, 1, 0]))",
    "print(\"a\\rb\\0c\")",
    "let m = Sequential([Linear(2, 3), ReLU(), Linear(3, 1)])\nprint(m(Tensor.ones([1, 2])))",
  ]

  /// Values that have broken library code before, by the type a parameter declares.
  static func extremes(for type: String) -> [String] {
    switch type {
    case "Int": ["Int.max", "Int.min", "-1", "0", "1 << 40"]
    case "Double", "Float": ["1e308", "-1e308", "Double.nan", "Double.infinity", "0", "-1", "1e18"]
    case "Bool": ["true"]
    case "String": ["\"\"", "\"%999999999d\""]
    case "[Int]": ["[Int.max, 2]", "[-1]", "[]", "[1 << 31, 1 << 31]", "[0, 3]"]
    case "[Double]", "[Float]": ["[]", "[1e308, -1e308]", "[Double.nan, 1]"]
    case "[String]": ["[]", "[\"\"]"]
    case "Tensor": ["Tensor.zeros([0])", "Tensor([1e30, -1e30])", "Tensor.ones([2, 3])", "Tensor(7)"]
    case "[Tensor]": ["[]", "[Tensor.ones([2]), Tensor.ones([3, 1])]"]
    default: []
    }
  }

  /// A receiver for `x.method(...)` entries of a group, where the fuzzer knows how to make one.
  static let receivers: [String: [String]] = [
    "Tensor": ["Tensor.ones([2, 3])", "Tensor.zeros([0])", "Tensor(3)"],
    "Schedule": ["CosineDecay(epochs: 30)", "StepDecay(every: 10, factor: 0.1)"],
    "Dataset": ["Dataset(x: Tensor.ones([4, 2]), y: Tensor([0, 1, 0, 1]))"],
    "Module": ["Linear(2, 3)", "Sequential([Linear(2, 3), ReLU()])"],
    "Swift methods (arrays, strings, dictionaries, numbers)": ["[1, 2, 3]", "\"abc\"", "[\"a\": 1]"],
  ]

  /// One call per catalog entry and extreme value: every required parameter gets an
  /// ordinary value except one, which gets each of its type's extremes in turn.
  static func libraryCalls() -> [String] {
    var calls: [String] = []
    for entry in Catalog.entries() {
      guard let parsed = ParsedSignature(entry.signature) else { continue }
      let bases: [String]
      if parsed.isMethod {
        bases = (receivers[entry.group] ?? []).map { "(\($0))." + parsed.name }
      } else {
        bases = [parsed.name]
      }
      guard parsed.parameters.allSatisfy({ $0.hasDefault || !extremes(for: $0.type).isEmpty }) else { continue }
      let required = parsed.parameters.filter { !$0.hasDefault }
      for base in bases {
        for (index, parameter) in required.enumerated() {
          for value in extremes(for: parameter.type) {
            let arguments = required.enumerated().map { k, p in
              (p.label.map { $0 + ": " } ?? "") + (k == index ? value : ordinary(p.type))
            }
            calls.append("print(\(base)(\(arguments.joined(separator: ", "))))")
          }
        }
        if required.isEmpty { calls.append("print(\(base)())") }
      }
    }
    return calls
  }

  static func ordinary(_ type: String) -> String {
    switch type {
    case "Int": "2"
    case "Double", "Float": "0.5"
    case "Bool": "false"
    case "String": "\"a\""
    case "[Int]": "[2, 3]"
    case "[Double]", "[Float]": "[1, 2, 3]"
    case "[String]": "[\"a\", \"b\"]"
    case "Tensor": "Tensor.ones([2, 3])"
    case "[Tensor]": "[Tensor.ones([2, 3])]"
    default: "0"
    }
  }

  /// Pieces of Markdown that have confused line tables and region parsing before.
  static let lessonFragments = [
    "\r", "\r\n", "\n", "\0", "\u{FEFF}", "```", "```swift\n", "~~~swift\n", "\n```\n", "    ```swift\n",
    "<!-- nnbook:output 0123456789abcdef -->\n", "<!-- nnbook:end -->\n", "<!--", "-->", "//| eval: false\n",
    "//| timeout: 1e11\n", "//| error: true\n", "> ", "- ", "\t", "$$\n", "<div>\n", "</div>\n",
  ]
}

/// `name(label name: Type = default, ...) -> Result` as `Catalog` writes it.
struct ParsedSignature {
  struct Parameter {
    var label: String?
    var type: String
    var hasDefault: Bool
  }

  var name: String
  var isMethod: Bool
  var parameters: [Parameter]

  init?(_ text: String) {
    guard let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close else {
      return nil
    }
    var head = String(text[..<open])
    isMethod = head.hasPrefix("x.")
    if isMethod { head.removeFirst(2) }
    name = head
    parameters = []
    for piece in Self.topLevelPieces(String(text[text.index(after: open)..<close])) {
      let trimmed = piece.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty else { continue }
      guard let colon = trimmed.firstIndex(of: ":") else { return nil }
      let names = trimmed[..<colon].split(separator: " ")
      var rest = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      let hasDefault = rest.contains(" = ")
      if let equals = rest.range(of: " = ") { rest = String(rest[..<equals.lowerBound]) }
      let label = names.first.map(String.init)
      parameters.append(Parameter(label: label == "_" ? nil : label, type: rest, hasDefault: hasDefault))
    }
  }

  /// Splits at commas outside brackets and parentheses.
  static func topLevelPieces(_ text: String) -> [String] {
    var pieces: [String] = []
    var depth = 0
    var current = ""
    for character in text {
      switch character {
      case "(", "[", "<": depth += 1
      case ")", "]", ">": depth -= 1
      case "," where depth == 0:
        pieces.append(current)
        current = ""
        continue
      default: break
      }
      current.append(character)
    }
    pieces.append(current)
    return pieces
  }
}

/// Edits to a cell's source that keep it close to Swift, so it gets past the parser.
enum Mutations {
  static let tokens = [
    "Int.max", "Int.min", "-1", "0", "1 << 62", "1e308", "-1e308", "Double.nan", "Double.infinity", "100000000",
    "$255", "$256", "[]", "\"\"", "\"%999999999s\"", "\"\\r\\n\"", "(0...Int.max)", "(0..<Int.max)",
    "stride(from: 0, to: Int.max, by: 1)", "Tensor.zeros([Int.max])", "[Int.max, Int.max]",
  ]

  static func apply(to text: String, random: inout SplitMix64, pool: [String]) -> String {
    var characters = Array(text)
    switch random.below(6) {
    case 0, 1:
      // Replace a number with an extreme value.
      let numbers = numberRanges(in: characters)
      if let range = random.element(of: numbers) {
        characters.replaceSubrange(range, with: Array(random.element(of: tokens)!))
      }
    case 2:
      // Insert a token at a random place.
      let at = random.below(characters.count + 1)
      characters.insert(contentsOf: Array(random.element(of: tokens)!), at: at)
    case 3:
      // Delete a short run.
      if !characters.isEmpty {
        let at = random.below(characters.count)
        characters.removeSubrange(at..<Swift.min(characters.count, at + 1 + random.below(8)))
      }
    case 4:
      // Duplicate a line (a loop body twice, a declaration twice).
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if let line = random.element(of: lines) { lines.insert(line, at: random.below(lines.count + 1)) }
      characters = Array(lines.joined(separator: "\n"))
    default:
      // Splice in a line of another cell.
      let other = (random.element(of: pool) ?? "").split(separator: "\n").map(String.init)
      if let line = random.element(of: other) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert(line, at: random.below(lines.count + 1))
        characters = Array(lines.joined(separator: "\n"))
      }
    }
    return String(characters)
  }

  /// The positions of integer and decimal literals.
  static func numberRanges(in characters: [Character]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start: Int?
    for (i, c) in characters.enumerated() {
      let isDigit = c.isASCII && c.isNumber
      let continues = isDigit || (start != nil && (c == "." || c == "_" || c == "e"))
      if continues {
        if start == nil {
          let previous = i > 0 ? characters[i - 1] : " "
          // Not the tail of a name (`x1`) nor a closure argument (`$0`).
          if previous.isLetter || previous == "$" || previous == "_" { continue }
          start = i
        }
      } else if let s = start {
        ranges.append(s..<i)
        start = nil
      }
    }
    if let s = start { ranges.append(s..<characters.count) }
    return ranges
  }
}

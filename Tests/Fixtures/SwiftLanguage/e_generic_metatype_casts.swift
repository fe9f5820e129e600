// A type given as a value: `E.Type` parameters, `catch let e as E`, `is T`, `as? T`.
enum ParseError: Error {
  case empty
  case badDigit(Character)
}
struct LimitError: Error {
  let limit: Int
}

func parse(_ text: String) throws -> Int {
  if text.isEmpty { throw ParseError.empty }
  var n = 0
  for c in text {
    guard let d = c.wholeNumberValue else { throw ParseError.badDigit(c) }
    n = n * 10 + d
    if n > 999 { throw LimitError(limit: 999) }
  }
  return n
}

func expectError<T, E: Error>(_ kind: E.Type, _ body: () throws -> T) {
  do {
    let value = try body()
    print("no error: got \(value)")
  } catch let error as E {
    print("expected error: \(error)")
  } catch {
    print("some other error: \(error)")
  }
}

expectError(ParseError.self) { try parse("12x") }
expectError(ParseError.self) { try parse("") }
expectError(ParseError.self) { try parse("12345") }
expectError(LimitError.self) { try parse("12345") }
expectError(LimitError.self) { try parse("42") }

func count<T>(of type: T.Type, in values: [Any]) -> Int {
  var n = 0
  for v in values where v is T { n += 1 }
  return n
}
func firstOf<T>(_ type: T.Type, in values: [Any]) -> T? {
  for v in values {
    if let t = v as? T { return t }
  }
  return nil
}

let mixed: [Any] = [1, "two", 3.0, 4, ParseError.empty, LimitError(limit: 5), "six"]
print(count(of: Int.self, in: mixed), count(of: String.self, in: mixed), count(of: Double.self, in: mixed))
print(count(of: ParseError.self, in: mixed), count(of: LimitError.self, in: mixed), count(of: Bool.self, in: mixed))
if let s = firstOf(String.self, in: mixed) { print("first string:", s) }
if let l = firstOf(LimitError.self, in: mixed) { print("first limit:", l.limit) }
print(firstOf(Bool.self, in: mixed) == nil)
print(ParseError.self, LimitError.self, Int.self)

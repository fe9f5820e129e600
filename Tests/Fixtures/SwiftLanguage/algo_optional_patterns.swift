// Optional enum cases matched with `?` and `.none` given where an optional is expected.
enum Numeral: Character {
  case one = "I", five = "V", ten = "X"
}

func value(of text: String) -> Int {
  var total = 0
  var previous: Numeral? = .none
  for ch in text {
    let n = Numeral(rawValue: ch)
    switch n {
    case .one?:
      total += 1
    case .five?:
      total += previous == .one ? 3 : 5
    case .ten?:
      total += previous == .one ? 8 : 10
    case nil:
      print("skipping \(ch)")
    }
    previous = n
  }
  return total
}

print(value(of: "XIV"), value(of: "VIII"), value(of: "XIX"), value(of: "X?I"))

let lookup: [Int?] = [3, nil, 42]
for item in lookup {
  switch item {
  case 3?: print("three")
  case let x?: print("other", x)
  case .none: print("missing")
  }
}

func distinctRuns<T: Equatable>(_ xs: [T]) -> Int {
  let start: (T?, Int) = (.none, 0)
  return xs.reduce(start) { ($1, $0.0 == $1 ? $0.1 : $0.1 + 1) }.1
}
print(distinctRuns([1, 1, 2, 2, 2, 3, 1]), distinctRuns(["a", "b", "b"]))
var best: Int? = .none
for x in [5, 2, 9] where best == nil || x > best! { best = x }
print(best ?? 0)

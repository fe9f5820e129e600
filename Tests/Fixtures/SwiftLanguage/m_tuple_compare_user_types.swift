enum P: Int, Comparable { case low, high
  static func < (a: P, b: P) -> Bool { a.rawValue < b.rawValue } }
print((P.low, 2) < (P.high, 1), (P.high, 1) > (P.high, 0), (P.low, "a") == (P.low, "a"))
struct M: Comparable { let v: Int; static func < (a: M, b: M) -> Bool { a.v < b.v } }
print([(M(v: 2), 1), (M(v: 1), 5)].sorted { $0 < $1 }.map { $0.0.v })

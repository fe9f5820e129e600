func countMatches<T: Equatable>(_ xs: [T], _ target: T) -> Int {
  var n = 0
  for x in xs where x == target { n += 1 }
  return n
}

func minMax<T: Comparable>(_ xs: [T]) -> (min: T, max: T)? {
  guard var lo = xs.first else { return nil }
  var hi = lo
  for x in xs {
    if x < lo { lo = x }
    if x > hi { hi = x }
  }
  return (lo, hi)
}

struct Pair<A, B> {
  let first: A
  let second: B
  func swapped() -> Pair<B, A> { Pair<B, A>(first: second, second: first) }
}

print(countMatches([1, 2, 1, 3, 1], 1))
print(countMatches(["a", "b"], "c"))
if let r = minMax([4, 9, 1, 7]) { print(r.min, r.max) }
let p = Pair(first: 1, second: "one").swapped()
print(p.first, p.second)

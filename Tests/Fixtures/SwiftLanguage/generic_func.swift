func largest<T: Comparable>(_ xs: [T]) -> T? {
  guard var best = xs.first else { return nil }
  for x in xs where x > best { best = x }
  return best
}

func swapPair<A, B>(_ p: (A, B)) -> (B, A) { (p.1, p.0) }

print(largest([3, 9, 2]) ?? 0)
print(largest(["pear", "apple"]) ?? "")
print(swapPair((1, "one")))

// 'as! U' to a generic parameter inferred from the call (an erased generic reduce).
extension Array {
  func myReduce<U>(_ seed: U, _ combine: (U, U) -> U) -> U {
    var current = seed
    for item in self { current = combine(current, item as! U) }
    return current
  }
  func firstAs<T>(_ fallback: T) -> T { isEmpty ? fallback : self[0] as! T }
}
print([1, 2, 3].myReduce(0, +), ["a", "b"].myReduce("", +))
print([5, 6].firstAs(0), ([] as [String]).firstAs("none"))

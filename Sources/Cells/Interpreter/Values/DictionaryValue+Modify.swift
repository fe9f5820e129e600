extension DictionaryValue {
  /// Changes the value stored at `key` (nil: absent; setting nil removes it), in place.
  ///
  /// The value is moved out of the dictionary while `body` runs, so an array or
  /// dictionary inside it stays uniquely referenced: `groups[k, default: []].append(x)`
  /// must not copy the group on every append.
  mutating func modify(_ key: Value, _ body: (inout Value?) throws -> Void) throws {
    guard let hashKey = HashKey(key) else {
      throw RuntimeFailure("a value of type \(key.typeName) cannot be a dictionary key")
    }
    var value: Value? = nil
    if let i = index[hashKey] {
      value = values[i]
      values[i] = .void
    }
    defer {
      if let i = index[hashKey], let value {
        values[i] = value
      } else {
        try? set(key, value)
      }
    }
    try body(&value)
  }
}

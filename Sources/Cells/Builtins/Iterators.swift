/// `xs.makeIterator()` and `it.next()`: an iterator over a collection's elements, each
/// `next()` giving the following one, then nil. It is a reference here (Swift's
/// `IndexingIterator` is a value), which a learner's program does not tell apart unless it
/// copies an iterator and advances both copies.
final class ElementIterator: NativeObject, SequenceObject {
  let items: [Value]
  private(set) var position = 0
  let sourceType: String
  init(_ items: [Value], sourceType: String) {
    self.items = items
    self.sourceType = sourceType
  }
  override var typeName: String { "IndexingIterator<\(sourceType)>" }

  func next() -> Value {
    guard position < items.count else { return .none }
    position += 1
    return .some(items[position - 1])
  }

  /// The elements not yet given, for `for x in iterator`.
  func elements() throws(RuntimeFailure) -> [Value] { Array(items[position...]) }
}

extension Builtins {
  static func makeIterator(_ v: Value) throws -> Value {
    if case .object(let o as ElementIterator) = v { return .object(o) }
    return .object(ElementIterator(try elements(v, "makeIterator"), sourceType: v.typeName))
  }

  static func nextElement(_ v: Value) throws -> Value {
    switch v {
    case .object(let o as ElementIterator): return o.next()
    case .object(let o as AnyIteratorObject):
      guard case .function(let f) = o.source, let rt = Runtime.current else {
        throw RuntimeFailure("next() on an AnyIterator needs its closure")
      }
      let value = try f.call(rt, [], at: o.loc)
      if case .none = value { return .none }
      if case .some = value { return value }
      return .some(value)
    default: throw RuntimeFailure("value of type '\(v.typeName)' has no member 'next'")
    }
  }
}

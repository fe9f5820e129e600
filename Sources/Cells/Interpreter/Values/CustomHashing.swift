/// `Hashable` types that declare `hash(into:)`: their keys in sets and dictionaries are what
/// the method combines, and two keys are the same when the type's `==` says so, as in Swift.
struct CustomHashKey: Hashable {
  /// What `hash(into:)` combined.
  let parts: [HashKey]
  /// The key itself, compared with the type's `==` when the parts agree.
  let value: Value

  static func == (a: CustomHashKey, b: CustomHashKey) -> Bool {
    a.parts == b.parts && Equality.equal(a.value, b.value)
  }

  func hash(into hasher: inout Hasher) { hasher.combine(parts) }

  /// The key of an instance whose type (or a superclass) declares `hash(into:)`; nil when
  /// none does or a combined value cannot be hashed.
  init?(_ instance: StructInstance, _ value: Value) {
    var type: StructType? = instance.type
    var method: FunctionCode?
    while let t = type, method == nil {
      method = t.methods["hash(into:)"]
      type = t.superclass
    }
    guard let method, let rt = Runtime.current else { return nil }
    let hasher = HasherObject()
    do {
      _ = try rt.callMethod(method, self: value, [.object(hasher)], at: method.loc)
    } catch {
      // The set cannot throw; the cell stops with the failure at its next check.
      rt.context.deferFailure(error)
      return nil
    }
    var parts: [HashKey] = [.string("\u{0}" + instance.type.name)]
    for combined in hasher.combined {
      guard let k = HashKey(combined) else { return nil }
      parts.append(k)
    }
    self.parts = parts
    self.value = value
  }
}

/// Swift's `Hasher` as `hash(into:)` receives it: it keeps what is combined.
final class HasherObject: NativeObject {
  var combined: [Value] = []
  override var typeName: String { "Hasher" }
}

extension StructType {
  /// Whether the type or a superclass declares `hash(into:)`.
  var hashesItself: Bool {
    var type: StructType? = self
    while let t = type {
      if t.methods["hash(into:)"] != nil { return true }
      type = t.superclass
    }
    return false
  }
}

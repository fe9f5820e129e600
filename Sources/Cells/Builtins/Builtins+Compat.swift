/// Properties that programs written against Swift's standard library read for their
/// bookkeeping: `hashValue` and an array's `capacity`.
extension Builtins {
  static func compatProperty(_ name: String) -> ((Value) throws(RuntimeFailure) -> Value)? {
    switch name {
    case "hashValue":
      // Swift seeds its hasher per process, so its `hashValue` changes from run to run;
      // a lesson's must not, so a cell's is the FNV-1a digest of the value's type and text.
      return { v throws(RuntimeFailure) in
        switch v {
        case .int, .double, .float, .bool, .string, .object(is FixedInt):
          var hasher = FNV1a()
          hasher.combine(v.typeName.utf8)
          hasher.combine([0])
          hasher.combine(v.description.utf8)
          return .int(Int(truncatingIfNeeded: hasher.value))
        default:
          // A `Hashable` struct, tuple or array: the digest of what a set would hash it by
          // (its fields, or what its `hash(into:)` combines).
          if let key = HashKey(v) {
            var hasher = FNV1a()
            key.digest(into: &hasher)
            return .int(Int(truncatingIfNeeded: hasher.value))
          }
          throw RuntimeFailure("value of type '\(v.typeName)' has no member 'hashValue' in cells")
        }
      }
    case "capacity":
      // How much room Swift has reserved is its allocator's business; a cell's arrays have
      // exactly their elements' room.
      return { v throws(RuntimeFailure) in
        switch v {
        case .array(let a): return .int(a.count)
        case .string(let s): return .int(s.utf8.count)
        default: throw RuntimeFailure("value of type '\(v.typeName)' has no member 'capacity'")
        }
      }
    default:
      return nil
    }
  }
}

extension HashKey {
  /// Feeds the key to a run-independent hasher, for `hashValue`: `Hasher` is seeded per process.
  func digest(into hasher: inout FNV1a) {
    switch self {
    case .int(let v): hasher.combine("i\(v);".utf8)
    case .double(let v): hasher.combine("d\(v);".utf8)
    case .bool(let v): hasher.combine("b\(v);".utf8)
    case .string(let v):
      hasher.combine("s\(v.utf8.count):".utf8)
      hasher.combine(v.utf8)
    case .tuple(let parts):
      hasher.combine("(".utf8)
      for part in parts { part.digest(into: &hasher) }
      hasher.combine(")".utf8)
    case .custom(let key): HashKey.tuple(key.parts).digest(into: &hasher)
    // An instance's address, as Swift's `ObjectIdentifier` hashes it (it differs between runs there too).
    case .identity(let id): hasher.combine("o\(UInt(bitPattern: id.hashValue));".utf8)
    }
  }
}

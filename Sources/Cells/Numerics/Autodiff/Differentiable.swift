/// The numbers a gradient is taken with respect to, found inside a cell value:
/// tensors and floating-point numbers, in arrays, tuples, structs and
/// `DifferentiableObject`s, in a fixed depth-first order.
enum DifferentiableLeaves {
  enum Leaf {
    case tensor(Tensor)
    case double(Double)
    case float(Float)

    /// The leaf as a tensor (a number becomes rank 0; `Double` keeps its precision).
    var tensor: Tensor {
      switch self {
      case .tensor(let t): return t
      case .double(let d): return Tensor(scalar: d, dtype: .float64)
      case .float(let f): return Tensor(scalar: Double(f), dtype: .float32)
      }
    }

    /// A gradient or replacement, as a value of the leaf's own type.
    func value(_ t: Tensor) -> Value {
      switch self {
      case .tensor: return .object(t)
      case .double: return .double(t.storage.double(at: 0))
      case .float: return .float(Float(t.storage.double(at: 0)))
      }
    }
  }

  static func collect(_ value: Value) -> [Leaf] {
    var leaves: [Leaf] = []
    collect(value, into: &leaves)
    return leaves
  }

  private static func collect(_ value: Value, into leaves: inout [Leaf]) {
    switch value {
    case .object(let t as Tensor): leaves.append(.tensor(t))
    case .object(let o as DifferentiableObject): for p in o.differentiableParts { collect(p.value, into: &leaves) }
    case .double(let d): leaves.append(.double(d))
    case .float(let f): leaves.append(.float(f))
    case .array(let items): for v in items { collect(v, into: &leaves) }
    case .tuple(let t): for v in t.elements { collect(v, into: &leaves) }
    case .structInstance(let s): for v in s.fields { collect(v, into: &leaves) }
    case .box(let b): collect(b.value, into: &leaves)
    default: break
    }
  }

  /// `value` with its leaves replaced, in `collect`'s order. Non-differentiable
  /// parts (integers, strings) become `zero` when `zeroingOthers`, and stay otherwise.
  static func rebuild(_ value: Value, with replacements: [Value], zeroingOthers: Bool = false) -> Value {
    var index = 0
    return rebuild(value, replacements, &index, zeroingOthers)
  }

  private static func rebuild(_ value: Value, _ r: [Value], _ i: inout Int, _ zeroing: Bool) -> Value {
    switch value {
    case .object(_ as Tensor), .double, .float:
      defer { i += 1 }
      return r[i]
    case .object(let o as DifferentiableObject):
      return o.replacingDifferentiableParts(o.differentiableParts.map { rebuild($0.value, r, &i, zeroing) })
    case .array(let items):
      return .array(items.map { rebuild($0, r, &i, zeroing) })
    case .tuple(var t):
      t.elements = t.elements.map { rebuild($0, r, &i, zeroing) }
      return .tuple(t)
    case .structInstance(var s):
      s.fields = s.fields.map { rebuild($0, r, &i, zeroing) }
      return .structInstance(s)
    case .box(let b):
      return rebuild(b.value, r, &i, zeroing)
    case .int:
      return zeroing ? .int(0) : value
    default:
      return value
    }
  }
}

/// Where a node finds an operand it reads often, decided once when the node is made: a
/// plain local or global is read in place and a numeric literal is its number, without a
/// call of the operand's `eval` and without copying a `Value` (an outlined switch) to look
/// at an `Int` or `Double`.
enum Operand {
  case local(Int)
  case global(Int)
  case int(Int)
  case double(Double)
  /// Anything else: evaluated by its node.
  case general

  init(_ e: Expr) {
    if let v = e as? LocalVar {
      self = .local(v.slot)
    } else if let v = e as? GlobalVar {
      self = .global(v.index)
    } else if let c = e as? Const, case .int(let n) = c.value {
      self = .int(n)
    } else if let c = e as? Const, case .double(let d) = c.value {
      self = .double(d)
    } else {
      self = .general
    }
  }
}

/// An `Int` or `Double` read out of a value in place, or `other` for any other value.
enum Number {
  case int(Int)
  case double(Double)
  case other

  @inline(__always)
  init(at p: UnsafeMutablePointer<Value>) {
    switch p.pointee {
    case .int(let n): self = .int(n)
    case .double(let d): self = .double(d)
    default: self = .other
    }
  }

  @inline(__always)
  init(at p: UnsafePointer<Value>) {
    switch p.pointee {
    case .int(let n): self = .int(n)
    case .double(let d): self = .double(d)
    default: self = .other
    }
  }

  @inline(__always)
  init(_ v: borrowing Value) {
    switch v {
    case .int(let n): self = .int(n)
    case .double(let d): self = .double(d)
    default: self = .other
    }
  }

  /// The number as a value; `nil` for `other`.
  @inline(__always)
  var value: Value? {
    switch self {
    case .int(let n): return .int(n)
    case .double(let d): return .double(d)
    case .other: return nil
    }
  }
}

extension Operand {
  /// Reads the operand as a number: its `Int` or `Double`, or `.other` with its value left
  /// in `rt.spill`, which the caller takes at once (`rt.takeSpill()`). A node is asked
  /// for a number (`evalNumber`), so `a * b + c` makes no `Value` for `a * b`.
  @inline(__always)
  func number(_ node: Expr, _ rt: Runtime, _ fp: Frame) throws -> Number {
    switch self {
    case .local(let slot):
      let n = Number(at: fp + slot)
      if case .other = n { rt.spill = fp[slot] }
      return n
    case .global(let index):
      let n = Number(at: rt.globals + index)
      if case .other = n { rt.spill = rt.globals[index] }
      return n
    case .int(let n): return .int(n)
    case .double(let d): return .double(d)
    case .general: return try node.evalNumber(rt, fp)
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Runtime {
  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
  }()

  /// The runtime whose cell runs on this thread: `print` and `==` reach a cell type's
  /// own `description` and `==` through it, from places that have no runtime at hand.
  static var current: Runtime? {
    guard let raw = pthread_getspecific(key) else { return nil }
    return Unmanaged<Runtime>.fromOpaque(raw).takeUnretainedValue()
  }

  /// Makes this the thread's runtime (the session keeps it alive while its cell runs).
  func makeCurrent() {
    pthread_setspecific(Runtime.key, Unmanaged.passUnretained(self).toOpaque())
  }
}

/// How far down a cell's thread may use its stack: a recursion deeper than
/// `Runtime.maxDepth` goes on while the stack pointer is above this floor.
enum NativeStack {
  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
  }()

  /// Called first thing on a thread whose stack is `size` bytes: the floor is that far below
  /// here, less a margin for the interpreter's own calls after the last check.
  static func recordThread(size: Int) {
    var marker: UInt8 = 0
    let top = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    let usable = UInt(size - Swift.min(size / 4, 16 << 20))
    guard top > usable else { return }
    pthread_setspecific(key, UnsafeRawPointer(bitPattern: top - usable))
  }

  /// Whether the calling thread is one `Session.startThread` started.
  static var isCellThread: Bool { pthread_getspecific(key) != nil }

  /// Whether the calling thread's stack has room above its floor; false on threads
  /// `recordThread` did not start.
  static func hasRoom() -> Bool {
    guard let floor = pthread_getspecific(key) else { return false }
    var marker: UInt8 = 0
    let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    return here > UInt(bitPattern: floor)
  }
}

/// Values handed to another thread to be let go there.
final class HeldValues {
  var values: [Value]
  init(_ values: [Value]) { self.values = values }
}

/// Operators and conformances that cell types implement themselves.
enum UserOperators {
  /// Calls a cell type's `static func ==` or `<` on two values; nil when it failed. The
  /// failure is kept for the cell's next check: a set or sort cannot throw, but the cell
  /// must stop with the error rather than take the operator's answer as false.
  static func call(_ code: FunctionCode, _ a: Value, _ b: Value) -> Value? {
    guard let rt = Runtime.current else { return nil }
    do {
      return try UserFunction(code: code, captures: []).call(rt, [a, b], at: code.loc)
    } catch {
      rt.context.deferFailure(error)
      return nil
    }
  }

  static func isTrue(_ v: Value?) -> Bool {
    if case .bool(true)? = v { return true }
    return false
  }

  /// `debugDescription` of a type that conforms to `CustomDebugStringConvertible`.
  static func debugDescription(of s: StructInstance) -> String? {
    let type = s.type
    guard let getter = type.computed["debugDescription"], type.isSubtype(of: "CustomDebugStringConvertible"),
      let rt = Runtime.current,
      case .string(let text)? = try? rt.callMethod(getter, self: .structInstance(s), [], at: getter.loc).0
    else { return nil }
    return text
  }

  /// `description` of a type that conforms to `CustomStringConvertible`, else the
  /// `debugDescription` of one that conforms to `CustomDebugStringConvertible` (as `print` does).
  static func description(of s: StructInstance) -> String? {
    let type = s.type
    let getter =
      type.computed["description"].flatMap {
        type.isSubtype(of: "CustomStringConvertible") || type.isSubtype(of: "CustomDebugStringConvertible") ? $0 : nil
      }
      ?? type.computed["debugDescription"].flatMap { type.isSubtype(of: "CustomDebugStringConvertible") ? $0 : nil }
    if getter == nil, let k = type.fieldIndex["description"], type.isSubtype(of: "CustomStringConvertible"),
      case .string(let text) = s.field(k)
    {
      // `var description = "..."`: a stored property meets the requirement as a computed one does.
      return text
    }
    guard let getter,
      let rt = Runtime.current,
      case .string(let text)? = try? rt.callMethod(getter, self: .structInstance(s), [], at: getter.loc).0
    else { return nil }
    return text
  }
}

/// A binary operator that cell types overload (`static func + (a: Vec, b: Vec) -> Vec`):
/// the overload whose parameter types fit the operands, else the built-in operator.
final class UserOperatorExpr: Expr {
  let symbol: String
  let lhs: Expr
  let rhs: Expr
  let overloads: [FunctionCode]
  let builtin: BinaryOperator?
  init(
    _ symbol: String, _ lhs: Expr, _ rhs: Expr, overloads: [FunctionCode], builtin: BinaryOperator?, _ loc: SourceLoc
  ) {
    self.symbol = symbol
    self.lhs = lhs
    self.rhs = rhs
    self.overloads = overloads
    self.builtin = builtin
    super.init(loc)
  }

  static func fits(_ v: Value, _ t: TypeHint) -> Bool {
    switch (t, v) {
    case (.unknown, _): return true
    case (.named(let n), .structInstance(let s)): return s.type.isSubtype(of: n)
    case (.named, _), (_, .structInstance): return false
    case (.int, .int), (.double, .double), (.double, .int), (.float, .float), (.string, .string), (.bool, .bool):
      return true
    case (.array, .array), (.dictionary, .dictionary), (.tuple, .tuple), (.labeledTuple, .tuple): return true
    case (.function, .function), (.functionOf, .function): return true
    case (.optional, _): return true
    default: return false
    }
  }

  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let a = try lhs.eval(rt, fp)
    let b = try rhs.eval(rt, fp)
    for code in overloads where code.parameters.count == 2 {
      if UserOperatorExpr.fits(a, code.parameters[0].type) && UserOperatorExpr.fits(b, code.parameters[1].type) {
        return try UserFunction(code: code, captures: []).call(rt, [a, b], at: loc)
      }
    }
    guard let builtin else {
      throw LocatedFailure(
        kind: .runtime,
        message:
          "binary operator '\(symbol)' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'",
        loc: loc)
    }
    if case .structInstance = a {
      switch builtin {
      case .equal: return .bool(Equality.equal(a, b))
      case .notEqual: return .bool(!Equality.equal(a, b))
      case .less, .greater, .lessEqual, .greaterEqual:
        do {
          let (x, y) = builtin == .less || builtin == .greaterEqual ? (a, b) : (b, a)
          let lt = try Equality.less(x, y)
          return .bool(builtin == .less || builtin == .greater ? lt : !lt)
        } catch { throw rt.located(error, loc) }
      default: break
      }
    }
    do { return try Arithmetic.apply(builtin, a, b) } catch { throw rt.located(error, loc) }
  }
}

import SwiftSyntax

/// Casts to a generic parameter (`catch let e as E`, `x as? T`) in a function that is given
/// the type as a value (`func expect<E: Error>(_ type: E.Type, ...)`, called with
/// `ParseError.self`) or a value of it: generics are not specialised here, so the test asks
/// the parameter which type it holds when the cell runs (`TypeValues.swift`). A cast to a generic parameter with no such
/// parameter is refused at its line.
extension Lowerer {
  /// The value naming the type a cast to `t` tests against, when `t` is a generic
  /// parameter of the enclosing function; nil when `t` is not a generic parameter.
  func genericCastTarget(_ t: TypeSyntax) throws -> Expr? {
    guard let name = genericParameterName(t) else { return nil }
    if let target = try genericWitness(name, at: t, exact: true) { return target }
    throw unsupported(
      "a cast to the generic parameter '\(name)' is not supported in cells unless a parameter of the function has the type '\(name).Type' or '\(name)'",
      at: t)
  }

  /// The name of the generic parameter `t` is, if it is one.
  func genericParameterName(_ t: TypeSyntax) -> String? {
    guard let id = t.as(IdentifierTypeSyntax.self), id.genericArgumentClause == nil,
      genericNames.contains(id.name.text), globals.structs[id.name.text] == nil,
      globals.protocols[id.name.text] == nil
    else { return nil }
    return id.name.text
  }

  /// Whether `v` is of the type `type` (a value made by `Name.self`).
  static func isInstance(_ v: Value, of type: Value) -> Bool {
    var value = v
    if case .some(let x) = value { value = x }
    guard case .type(let ref) = type else { return false }
    switch ref {
    case .structType(let s):
      if case .structInstance(let i) = value { return i.type.isSubtype(of: s.name) }
      return false
    case .builtin(let name):
      if name == "Any" || name == "AnyObject" { return true }
      if name == "Character" { return value.typeName == "String" }
      return value.typeName == name
    }
  }
}

/// `x as? T` and `x as! T` with `T` given as a parameter `T.Type`.
final class GenericCastExpr: Expr {
  let inner: Expr
  let target: Expr
  let typeName: String
  let forced: Bool
  init(_ inner: Expr, target: Expr, typeName: String, forced: Bool, _ loc: SourceLoc) {
    self.inner = inner
    self.target = target
    self.typeName = typeName
    self.forced = forced
    super.init(loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    var v = try inner.eval(rt, fp)
    if case .some(let x) = v { v = x }
    let type = try target.eval(rt, fp)
    if Lowerer.isInstance(v, of: type) { return forced ? v : .some(v) }
    if forced {
      let name: String
      if case .type(let ref) = type { name = ref.name } else { name = typeName }
      throw LocatedFailure(
        kind: .runtime, message: "Could not cast value of type '\(v.typeName)' to '\(name)'", loc: loc)
    }
    return .none
  }
}

/// `catch let e as E` and `case is E` with `E` given as a parameter `E.Type`.
final class GenericCastMatcher: Matcher {
  let target: Expr
  let inner: Matcher
  init(target: Expr, inner: Matcher) {
    self.target = target
    self.inner = inner
  }
  override func match(_ v: Value, _ rt: Runtime, _ fp: Frame, _ loc: SourceLoc) throws -> Bool {
    var value = v
    if case .some(let x) = value { value = x }
    return Lowerer.isInstance(value, of: try target.eval(rt, fp)) ? try inner.match(value, rt, fp, loc) : false
  }
}

/// A string's characters as an array (`word.reversed()` compared with an array of characters);
/// any other value as it is.
final class CharactersArrayExpr: Expr {
  let inner: Expr
  init(_ inner: Expr) {
    self.inner = inner
    super.init(inner.loc)
  }
  override func eval(_ rt: Runtime, _ fp: Frame) throws -> Value {
    let v = try inner.eval(rt, fp)
    guard case .string(let s) = v else { return v }
    return .array(s.map { .string(String($0)) })
  }
}

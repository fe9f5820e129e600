/// A case of a library enumeration written with a leading dot (`.heNormal`,
/// `.crossEntropy`), as a cell value.
final class EnumCaseObject: NativeObject {
  let type: String
  let name: String

  init(type: String, name: String) {
    self.type = type
    self.name = name
  }

  override var typeName: String { type }
  override func describe() -> String { "." + name }
}

extension Library {
  /// Registers each case of `E` as an implicit member (`.heNormal`) and `E`'s name as a type.
  func enumeration<E: RawRepresentable & CaseIterable>(
    _ type: String, _: E.Type, help: String, except: Set<String> = []
  )
  where E.RawValue == String {
    self.type(type, help: help)
    for c in E.allCases where !except.contains(c.rawValue) {
      implicitMember(c.rawValue, .object(EnumCaseObject(type: type, name: c.rawValue)))
    }
  }
}

extension Arguments {
  /// A case of `E` written `.name`.
  func enumCase<E: RawRepresentable & CaseIterable>(_ index: Int, _: E.Type, _ type: String) throws(RuntimeFailure) -> E
  where E.RawValue == String {
    if case .object(let c as EnumCaseObject) = unwrapped(index), c.type == type, let e = E(rawValue: c.name) {
      return e
    }
    let cases = E.allCases.map { "." + $0.rawValue }.joined(separator: ", ")
    throw mismatch(index, "a \(type) (\(cases))")
  }
}

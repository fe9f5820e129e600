import SwiftSyntax

/// Types of Swift's standard library that cells get as Swift source: `Result`. A cell that
/// names one (and declares no type of that name) has its declaration appended after its
/// last line, so the cell's own lines and columns are unchanged.
enum StandardPrelude {
  static let result = """

    enum Result<Success, Failure: Error> {
      case success(Success)
      case failure(Failure)

      init(catching body: () throws -> Success) {
        do {
          self = .success(try body())
        } catch {
          self = .failure(error)
        }
      }

      func get() throws -> Success {
        switch self {
        case .success(let value): return value
        case .failure(let error): throw error
        }
      }

      func map<NewSuccess>(_ transform: (Success) -> NewSuccess) -> Result<NewSuccess, Failure> {
        switch self {
        case .success(let value): return .success(transform(value))
        case .failure(let error): return .failure(error)
        }
      }

      func mapError<NewFailure>(_ transform: (Failure) -> NewFailure) -> Result<Success, NewFailure> {
        switch self {
        case .success(let value): return .success(value)
        case .failure(let error): return .failure(transform(error))
        }
      }

      func flatMap<NewSuccess>(_ transform: (Success) -> Result<NewSuccess, Failure>) -> Result<NewSuccess, Failure> {
        switch self {
        case .success(let value): return transform(value)
        case .failure(let error): return .failure(error)
        }
      }
    }

    """

  /// Foundation's `LocalizedError`: an error's `errorDescription` is its `localizedDescription`.
  static let localizedErrorProtocol = """

    protocol LocalizedError: Error {
      var errorDescription: String? { get }
    }

    """
  static let localizedErrorExtension = """

    extension LocalizedError {
      var errorDescription: String? { nil }
      var localizedDescription: String { errorDescription ?? "The operation could not be completed." }
    }

    """

  /// Whether a cell's item is a declaration appended here.
  static func isAppended(_ item: CodeBlockItemSyntax) -> Bool {
    guard case .decl(let d) = item.item else { return false }
    if let p = d.as(ProtocolDeclSyntax.self), p.name.text == "LocalizedError" {
      return p.trimmedDescription == localizedErrorProtocol.trimmingWhitespace
    }
    if let x = d.as(ExtensionDeclSyntax.self), x.extendedType.trimmedDescription == "LocalizedError" {
      return x.trimmedDescription == localizedErrorExtension.trimmingWhitespace
    }
    guard let e = d.as(EnumDeclSyntax.self), e.name.text == "Result" else { return false }
    return e.trimmedDescription == result.trimmingWhitespace
  }

  /// The source with the declarations it needs appended; nil when it needs none.
  static func augment(_ source: String, _ tree: SourceFileSyntax, declared: (String) -> Bool) -> String? {
    let withResult = appendingResult(source, tree, declared: declared)
    guard source.contains("LocalizedError"), !declared("LocalizedError"),
      !tree.tokens(viewMode: .sourceAccurate).contains(where: {
        $0.text == "LocalizedError" && $0.parent?.is(ProtocolDeclSyntax.self) == true
      })
    else { return withResult }
    let base = withResult ?? source
    return base + (base.hasSuffix("\n") ? "" : "\n") + localizedErrorProtocol + localizedErrorExtension
  }

  static func appendingResult(_ source: String, _ tree: SourceFileSyntax, declared: (String) -> Bool) -> String? {
    guard source.contains("Result"), !declared("Result") else { return nil }
    var names = false
    for token in tree.tokens(viewMode: .sourceAccurate) where token.text == "Result" {
      if let decl = token.parent,
        decl.is(EnumDeclSyntax.self) || decl.is(StructDeclSyntax.self)
          || decl.is(ClassDeclSyntax.self) || decl.is(TypeAliasDeclSyntax.self)
      {
        return nil
      }
      names = true
    }
    guard names else { return nil }
    return source + (source.hasSuffix("\n") ? "" : "\n") + result
  }
}

extension String {
  fileprivate var trimmingWhitespace: String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}

import SwiftSyntax

/// Types of Swift's standard library that cells get as Swift source: `Result`, and
/// Foundation's `LocalizedError`. A cell that
/// names one (and declares no type of that name) has its declaration appended after its
/// last line (`AppendedSource`).
enum StandardPrelude {
  static let result = """
    \(AppendedSource.marker)Swift's Result
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
  static let localizedError = """
    \(AppendedSource.marker)Foundation's LocalizedError
    protocol LocalizedError: Error {
      var errorDescription: String? { get }
    }

    \(AppendedSource.marker)Foundation's LocalizedError's default
    extension LocalizedError {
      var errorDescription: String? { nil }
      var localizedDescription: String { errorDescription ?? "The operation could not be completed." }
    }

    """

  /// Foundation's `ComparisonResult` and `String.compare(_:)`, `caseInsensitiveCompare(_:)`.
  static let comparisonResult = """
    \(AppendedSource.marker)Foundation's ComparisonResult
    enum ComparisonResult: Int {
      case orderedAscending = -1, orderedSame, orderedDescending
    }

    \(AppendedSource.marker)Foundation's String.compare
    extension String {
      func compare(_ other: String) -> ComparisonResult {
        self < other ? .orderedAscending : (self == other ? .orderedSame : .orderedDescending)
      }
      func caseInsensitiveCompare(_ other: String) -> ComparisonResult {
        lowercased().compare(other.lowercased())
      }
    }

    """

  /// The declarations `tree` needs; nil when it needs none.
  /// Swift's `ObjectIdentifier`: equal, and the same key, for the same class instance (a class
  /// instance is compared, and hashed, by identity).
  static let objectIdentifier = """
    \(AppendedSource.marker)Swift's ObjectIdentifier
    struct ObjectIdentifier: Hashable {
      let object: Any
      init(_ object: Any) { self.object = object }
      static func == (a: ObjectIdentifier, b: ObjectIdentifier) -> Bool { a.object === b.object }
    }

    """

  static func objectIdentifierDeclaration(_ source: String, _ tree: SourceFileSyntax, declared: (String) -> Bool)
    -> String?
  {
    guard source.containsBytes("ObjectIdentifier"), !declared("ObjectIdentifier"),
      !tree.tokens(viewMode: .sourceAccurate).contains(where: {
        $0.text == "ObjectIdentifier" && $0.parent?.is(StructDeclSyntax.self) == true
      })
    else { return nil }
    return objectIdentifier
  }

  static func declarations(for source: String, _ tree: SourceFileSyntax, declared: (String) -> Bool) -> String? {
    let pieces = [
      objectIdentifierDeclaration(source, tree, declared: declared),
      comparisonDeclaration(source, declared: declared),
      resultDeclaration(source, tree, declared: declared), localizedErrorDeclaration(source, tree, declared: declared),
    ]
    .compactMap { $0 }
    return pieces.isEmpty ? nil : pieces.joined()
  }

  static func comparisonDeclaration(_ source: String, declared: (String) -> Bool) -> String? {
    let names = ["ComparisonResult", "compare(", "orderedAscending", "orderedSame", "orderedDescending"]
    guard names.contains(where: source.containsBytes), !declared("ComparisonResult"),
      !source.containsBytes("enum ComparisonResult"), !source.containsBytes("func compare(")
    else { return nil }
    return comparisonResult
  }

  static func localizedErrorDeclaration(_ source: String, _ tree: SourceFileSyntax, declared: (String) -> Bool)
    -> String?
  {
    guard source.containsBytes("LocalizedError"), !declared("LocalizedError"),
      !tree.tokens(viewMode: .sourceAccurate).contains(where: {
        $0.text == "LocalizedError" && $0.parent?.is(ProtocolDeclSyntax.self) == true
      })
    else { return nil }
    return localizedError
  }

  static func resultDeclaration(_ source: String, _ tree: SourceFileSyntax, declared: (String) -> Bool) -> String? {
    guard source.containsBytes("Result"), !declared("Result") else { return nil }
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
    return names ? result : nil
  }
}

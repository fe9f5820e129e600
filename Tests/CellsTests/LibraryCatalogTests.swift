import Testing

@testable import Cells

/// What `nnbook ops` prints comes from the registry: every entry must describe itself.
@Suite("Every library entry is typed and explained")
struct LibraryCatalogTests {
  static var signatures: [Signature] {
    let library = Library.shared
    return library.functions.values.flatMap { $0.map(\.signature) }
      + library.methods.values.flatMap { $0.values.flatMap { $0.map(\.signature) } }
  }

  @Test func everyFunctionAndMethodHasHelpAndTypedParameters() {
    for signature in Self.signatures {
      #expect(!signature.help.isEmpty, "\(signature.shortName) has no help")
      for parameter in signature.parameters {
        #expect(parameter.type != .any, "\(signature.shortName): parameter '\(parameter.name)' is typed Any")
      }
    }
  }

  @Test func everyPropertyHasHelpAndAType() {
    for (type, properties) in Library.shared.properties {
      for (name, property) in properties {
        #expect(!property.help.isEmpty, "\(type).\(name) has no help")
        #expect(property.valueType != .any, "\(type).\(name) is typed Any")
      }
    }
  }

  @Test func everyTypeHasHelp() {
    for type in Library.shared.typeNames {
      #expect(Library.shared.typeHelp[type] != nil, "type \(type) has no help")
    }
  }

  @Test func everySwiftMethodHasHelp() {
    for name in Builtins.methods.keys {
      #expect(Builtins.swiftMethodHelp[name] != nil, "Swift method \(name) has no help in SwiftMethodHelp.swift")
    }
    for entry in Catalog.entries() {
      #expect(!entry.help.isEmpty, "\(entry.group): \(entry.signature) has no help")
    }
  }

  @Test func signaturesReadAsSwift() {
    let texts = Set(Self.signatures.map(\.text))
    #expect(texts.contains("relu(_ x: Tensor) -> Tensor"))
    #expect(texts.contains("Tensor.zeros(_ shape: [Int], dtype: DType = .float32) -> Tensor"))
  }
}

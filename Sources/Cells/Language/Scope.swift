import SwiftSyntax

/// The lesson's global names: every top-level declaration of every cell run so far.
final class GlobalTable {
  struct Entry {
    var index: Int
    var isLet: Bool
    var type: TypeHint
    /// Set for a `func`: its code, for matching labels and inlining the call.
    var function: FunctionCode?
    /// The cell that declared it (redeclaring in a later cell is allowed, as in a notebook).
    var cell: Int
    /// `weak var` or `unowned var`: holds its class instance without keeping it alive.
    var ownership: ReferenceOwnership = .strong
  }

  var entries: [String: Entry] = [:]
  /// Function full names (`area(width:height:)`) by base name (`area`).
  var functions: [String: [String]] = [:]
  var structs: [String: StructType] = [:]
  var count = 0
  /// Members added by extensions to built-in types (`extension Int`), by the type's name.
  var extensions: [String: StructType] = [:]
  /// `static func +` and other operator implementations declared in cell types, by operator.
  var operators: [String: [FunctionCode]] = [:]
  /// Protocols by name: the container of their extensions' default implementations.
  var protocols: [String: StructType] = [:]
  /// `typealias` names and what they stand for.
  var typeAliases: [String: TypeSyntax] = [:]
  /// Names some cell declared with a `T!` type (see `Lowerer.implicitlyUnwrapped`).
  var implicitlyUnwrappedNames: Set<String> = []

  struct Snapshot {
    var entries: [String: Entry]
    var functions: [String: [String]]
    var structs: [String: StructType]
    var count: Int
    var extensions: [String: StructType] = [:]
    var operators: [String: [FunctionCode]] = [:]
    var protocols: [String: StructType] = [:]
    var typeAliases: [String: TypeSyntax] = [:]
  }

  func snapshot() -> Snapshot {
    Snapshot(
      entries: entries, functions: functions, structs: structs, count: count, extensions: extensions,
      operators: operators, protocols: protocols, typeAliases: typeAliases)
  }
  func restore(_ s: Snapshot) {
    entries = s.entries
    functions = s.functions
    structs = s.structs
    count = s.count
    extensions = s.extensions
    operators = s.operators
    protocols = s.protocols
    typeAliases = s.typeAliases
  }

  func declare(_ name: String, isLet: Bool, type: TypeHint, cell: Int) -> Entry {
    let e = Entry(index: count, isLet: isLet, type: type, function: nil, cell: cell)
    count += 1
    entries[name] = e
    return e
  }
}

/// A local name visible while lowering.
struct LocalEntry {
  var slot: Int
  var boxed: Bool
  var isLet: Bool
  var type: TypeHint
  /// The declaring function's code, for label matching on calls of local functions.
  var function: FunctionCode?
  /// `weak var`/`unowned var`, or a closure's `[weak self]`/`[unowned n]`: holds its class
  /// instance without keeping it alive.
  var ownership: ReferenceOwnership = .strong
}

/// A lexical block scope.
final class Scope {
  var names: [String: LocalEntry] = [:]
  let parent: Scope?
  let function: FunctionContext
  /// The top level of a cell: its `let`, `var` and `func` declarations are globals.
  let isCellTop: Bool

  init(parent: Scope?, function: FunctionContext, isCellTop: Bool = false) {
    self.parent = parent
    self.function = function
    self.isCellTop = isCellTop
  }
}

/// The function (or cell, or closure) being lowered: its frame layout and captures.
final class FunctionContext {
  let parent: FunctionContext?
  /// The scope the function was declared in (part of `parent`).
  let enclosingScope: Scope?
  var frameSize = 0
  /// Captured variables: the slot in the parent's frame holding the box, and the slot here.
  var captures: [(name: String, source: Int, slot: Int)] = []
  var captureEntries: [String: LocalEntry] = [:]
  /// Declarations (by source offset) that closures capture, so they live in boxes.
  var boxedDeclarations: Set<Int>
  /// The declaration (source offset) behind each slot.
  var slotDeclarations: [Int: Int] = [:]
  /// Set when a closure turned out to capture a variable lowered unboxed: lower again.
  var needsRelowering = false
  var returnType: TypeHint = .unknown
  let isClosure: Bool

  init(parent: FunctionContext?, enclosingScope: Scope?, boxed: Set<Int>, isClosure: Bool) {
    self.parent = parent
    self.enclosingScope = enclosingScope
    self.boxedDeclarations = boxed
    self.isClosure = isClosure
  }

  func newSlot() -> Int {
    frameSize += 1
    return frameSize - 1
  }
}

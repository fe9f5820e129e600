import SwiftSyntax

/// Turns a cell's syntax tree into interpreter nodes, resolving every name to a
/// slot, a global or a built-in once, here, rather than on each evaluation.
final class Lowerer {
  let converter: SourceLocationConverter
  let globals: GlobalTable
  let cellIndex: Int
  var function: FunctionContext
  var scope: Scope
  /// Struct being lowered (for `self` and implicit member access in methods).
  var currentStruct: StructType?
  /// Inside an `init`, where `let` properties may be assigned once.
  var inInitializer = false
  /// The property whose `set`/`willSet`/`didSet` body is being lowered: assigning it there
  /// stores the value without calling the accessors again.
  var accessorProperty: String?
  /// The names of the types the cell declares, known before their declarations are read.
  var cellTypeNames: Set<String> = []
  /// Inside a `static func`: the type whose other static members it may name.
  var staticContext: StructType?
  /// The variables the first pattern of a `case` declared, while its other patterns are lowered.
  var sharedCaseBindings: [String: LocalEntry]?
  /// A class's static methods that name `Self`, by class: lowered again for each subclass.
  var staticMethodsUsingSelf: [String: [FunctionDeclSyntax]] = [:]
  /// A protocol extension's static methods, by their shared code: a conforming type that
  /// adopts one gets it lowered again with itself as the static context.
  var protocolStaticMethods: [ObjectIdentifier: FunctionDeclSyntax] = [:]
  /// Generic parameters (`T` in `func f<T>`): types known only when the cell runs.
  var genericNames: Set<String> = []
  /// Set when the cell throws or tries: its top-level statements then report uncaught errors.
  var usesErrors = false
  /// Labels of the loops being lowered, innermost last; `pendingLabel` waits for its loop's body.
  var loopLabels: [String] = []
  var pendingLabel: String?
  /// Nested types whose names a type outside them has too, by their qualified names
  /// (`List.Node`); `withNestedTypes(of:)` makes them known inside their enclosing type.
  var nestedTypesSharingNames: [String: StructType] = [:]
  /// Lowering a switch case whose body has a `fallthrough` before its end.
  var caseTakesFallthrough = false
  /// Lowering an optional chain, whose outer end catches the nil a `?` finds.
  var inOptionalChain = false
  /// The direct arguments of the `print` call being lowered.
  var printArguments: Set<SyntaxIdentifier> = []
  /// Inside a builder closure (`figure { ... }`): the frame slot collecting the values of
  /// expression statements, including those in `for` and `if` bodies, as result builders do.
  var collectSlot: Int?
  /// Types declared inside a function or closure body, and the cell types of the same names
  /// they hide until the body's statements are lowered (LocalTypes.swift).
  var localTypeScopes: [LocalTypeScope] = []

  init(converter: SourceLocationConverter, globals: GlobalTable, cellIndex: Int) {
    self.converter = converter
    self.globals = globals
    self.cellIndex = cellIndex
    function = FunctionContext(parent: nil, enclosingScope: nil, boxed: [], isClosure: false)
    scope = Scope(parent: nil, function: function, isCellTop: true)
  }

  // MARK: Positions and errors

  func loc(_ node: some SyntaxProtocol) -> SourceLoc {
    let l = node.startLocation(converter: converter)
    return SourceLoc(line: Int32(l.line), column: Int32(l.column), cell: Int32(cellIndex))
  }

  func fail(_ message: String, at node: some SyntaxProtocol, kind: CellError.Kind = .runtime)
    -> LocatedFailure
  {
    LocatedFailure(kind: kind, message: message, loc: loc(node))
  }

  func unsupported(_ message: String, at node: some SyntaxProtocol) -> LocatedFailure {
    fail(message, at: node, kind: .unsupported)
  }

  // MARK: The cell

  /// Lowers a whole cell into the code of its top-level frame.
  func lowerCell(_ file: SourceFileSyntax) throws -> FunctionCode {
    let code = FunctionCode(name: "cell", loc: .unknown)
    var boxed: Set<Int> = []
    collectImplicitlyUnwrappedNames(file)
    let snapshot = globals.snapshot()
    while true {
      globals.restore(snapshot)
      localTypeScopes = []
      function = FunctionContext(parent: nil, enclosingScope: nil, boxed: boxed, isClosure: false)
      scope = Scope(parent: nil, function: function, isCellTop: true)
      try predeclare(file.statements)
      var body: [Stmt] = []
      let items = Array(file.statements)
      // The cell's own last item: a standard declaration appended after it does not count.
      let last = items.lastIndex { !AppendedSource.isAppended($0) } ?? items.count - 1
      for (i, item) in items.enumerated() {
        let isLast = i == last
        if isLast, case .expr(let e) = item.item, !isStatementLike(e) {
          body.append(DisplayStmt(try expr(e).node))
        } else if isLast, case .stmt(let s) = item.item, let es = s.as(ExpressionStmtSyntax.self),
          !isStatementLike(es.expression)
        {
          body.append(DisplayStmt(try expr(es.expression).node))
        } else {
          body.append(contentsOf: try statement(item))
        }
      }
      endLocalTypeScopes(before: nil)
      if function.needsRelowering {
        boxed = function.boxedDeclarations
        continue
      }
      // Global functions exist before the cell's first statement runs, as in a Swift script.
      var statements = body.filter { !($0 is FuncDeclStmt) }
      if usesErrors { statements = statements.map { $0 is DeferMarker ? $0 : UncaughtErrorStmt($0) } }
      // A `defer` at the cell's top level runs when the cell's code ends, as a script's does
      // when the script ends.
      code.body = body.filter { $0 is FuncDeclStmt } + applyingDefers(statements)
      code.frameSize = function.frameSize
      return code
    }
  }

  private func isStatementLike(_ e: ExprSyntax) -> Bool {
    e.is(IfExprSyntax.self) || e.is(SwitchExprSyntax.self)
  }

  /// Declares the cell's functions and structs first, so code may call a function
  /// declared further down, as a Swift script may.
  func predeclare(_ items: CodeBlockItemListSyntax) throws {
    try refuseUnsupportedConstructs(items)
    // Types first, so a function's signature may name a type declared below it.
    try predeclareTypes(items)
    for item in items {
      guard case .decl(let d) = item.item else { continue }
      if let f = d.as(FunctionDeclSyntax.self) {
        let code = try functionSignature(f)
        var full = code.fullName
        if let existing = globals.entries[full], existing.cell == cellIndex {
          // `func == (lhs: Edge, rhs: Edge)` and `func == (lhs: Node, rhs: Node)`: operators
          // overload by their operands' types (chosen where they are used).
          // Functions overload by parameter types too (FunctionOverloads.swift).
          if case .binaryOperator = f.name.tokenKind {
          } else if !Lowerer.overloadsByType(existing.function, code) {
            throw fail("invalid redeclaration of '\(full)'", at: f.name)
          }
          full += "@\(f.position.utf8Offset)"
        }
        var entry = globals.declare(full, isLet: true, type: .function, cell: cellIndex)
        entry.function = code
        globals.entries[full] = entry
        if case .binaryOperator = f.name.tokenKind {
          globals.operators[code.name, default: []].append(code)
          adoptGlobalOperator(code)
        }
        var names = globals.functions[code.name] ?? []
        if !names.contains(full) { names.append(full) }
        globals.functions[code.name] = names
      }
    }
  }

  // MARK: Scopes

  func withScope<T>(_ body: () throws -> T) rethrows -> T {
    let saved = scope
    scope = Scope(parent: saved, function: function)
    defer { scope = saved }
    return try body()
  }

  /// Declares a variable in the current scope: a global at a cell's top level, a slot otherwise.
  func declareVariable(
    _ name: String, isLet: Bool, type: TypeHint, at node: some SyntaxProtocol
  ) throws -> Binding {
    if name == "_" { return .discard }
    if scope.isCellTop {
      if let existing = globals.entries[name], existing.cell == cellIndex, existing.function == nil {
        throw fail("invalid redeclaration of '\(name)'", at: node)
      }
      let e = globals.declare(name, isLet: isLet, type: type, cell: cellIndex)
      return .global(e.index, type)
    }
    if let shared = sharedCaseBindings?[name] {
      // `case let .add(a, b), let .mul(a, b):` binds the same variables in each pattern.
      scope.names[name] = shared
      return shared.boxed ? .boxed(shared.slot, type) : .local(shared.slot, type)
    }
    let key = node.position.utf8Offset
    let boxed = function.boxedDeclarations.contains(key)
    let slot = function.newSlot()
    scope.names[name] = LocalEntry(slot: slot, boxed: boxed, isLet: isLet, type: type, function: nil)
    function.slotDeclarations[slot] = key
    return boxed ? .boxed(slot, type) : .local(slot, type)
  }

  enum Resolved {
    case local(LocalEntry)
    case global(GlobalTable.Entry)
  }

  /// Finds a variable by name: locals outward, captures from enclosing functions, then globals.
  /// Inside a method a property of its type hides a global of the same name (nil: the caller
  /// reads it through `self`), as Swift's lookup finds members before the module's names.
  func resolve(_ name: String) -> Resolved? {
    if let e = lookupLocal(name, in: function, from: scope) { return .local(e) }
    if let e = globals.entries[name] {
      if let s = currentStruct, name != "self", isOwnProperty(s, name),
        lookupLocal("self", in: function, from: scope) != nil
      {
        return nil
      }
      return .global(e)
    }
    return nil
  }

  /// A stored, computed or lazy property of `s` (or its superclasses) called `name`.
  func isOwnProperty(_ s: StructType, _ name: String) -> Bool {
    var type: StructType? = s
    while let t = type {
      if t.fieldIndex[name] != nil || t.computed[name] != nil || t.computedNames.contains(name)
        || t.lazyInitializers[name] != nil
      {
        return true
      }
      type = t.superclass
    }
    return false
  }

  private func lookupLocal(_ name: String, in fn: FunctionContext, from start: Scope?) -> LocalEntry? {
    var s = start
    while let sc = s, sc.function === fn {
      if let e = sc.names[name] { return e }
      s = sc.parent
    }
    if let e = fn.captureEntries[name] { return e }
    guard let parent = fn.parent else { return nil }
    guard let outer = lookupLocal(name, in: parent, from: fn.enclosingScope) else { return nil }
    // Capture: the outer variable moves into a box that both frames share.
    if !outer.boxed {
      if let key = parent.slotDeclarations[outer.slot] {
        parent.boxedDeclarations.insert(key)
        parent.needsRelowering = true
      }
      // A name with no declaration to box (a method's `self`) is captured by value: the
      // closure gets a box of its own holding a copy, made when the closure is.
    }
    let slot = fn.newSlot()
    fn.captures.append((name: name, source: outer.slot, slot: slot))
    var entry = LocalEntry(slot: slot, boxed: true, isLet: outer.isLet, type: outer.type, function: outer.function)
    entry.ownership = outer.ownership
    fn.captureEntries[name] = entry
    return entry
  }

  /// Every name a cell could mean here, for "did you mean" suggestions.
  func visibleNames() -> [String] {
    var names: [String] = []
    var s: Scope? = scope
    while let sc = s {
      names.append(contentsOf: sc.names.keys)
      s = sc.parent ?? sc.function.enclosingScope
    }
    names.append(contentsOf: globals.entries.keys.filter { !$0.contains("(") })
    names.append(contentsOf: globals.functions.keys)
    names.append(contentsOf: globals.structs.keys)
    names.append(contentsOf: Builtins.functionNames)
    names.append(contentsOf: Builtins.typeNames)
    return names
  }

  func undefined(_ name: String, at node: some SyntaxProtocol) -> LocatedFailure {
    // `DispatchQueue.global()`: a Foundation name cells leave out is refused by name.
    if let refusal = Lowerer.foundationRefusal(name) { return unsupported(refusal, at: node) }
    var message = "cannot find '\(name)' in scope"
    if let guess = Suggestions.closest(to: name, in: visibleNames()) {
      message += "; did you mean '\(guess)'?"
    }
    return fail(message, at: node)
  }
}

import Foundation
import SwiftDiagnostics
import SwiftOperators
import SwiftParser
@_spi(RawSyntax) import SwiftParserDiagnostics
import SwiftSyntax

#if canImport(Glibc)
  import Glibc
#endif

/// A notebook kernel: one shared scope in which a lesson's cells run in order.
///
/// ```swift
/// let session = Session()
/// let result = session.run("let x = 2\nprint(x * 21)")
/// // result.outputs == [.text("42")]
/// ```
public final class Session {
  /// The default per-cell time limit in seconds.
  public static let defaultTimeout: Double = 60

  private let runtime = Runtime()
  private let globals = GlobalTable()
  /// Swift's operators and those the lesson's cells declared (`infix operator **`).
  private var operators = OperatorTable.standardOperators
  private var cellCount = 0

  /// - Parameters:
  ///   - filesFolder: the lesson's `_files` folder, the only place `save` and
  ///     `load` may reach (nil: they are refused).
  ///   - moduleName: the module that qualifies the lesson's own types where Swift prints
  ///     them qualified (`main.Node`); `Session.moduleName(forFile:)` gives swiftc's choice.
  public init(filesFolder: URL? = nil, moduleName: String = "main") {
    BLAS.quietIdleThreads
    runtime.context.filesFolder = filesFolder
    runtime.context.moduleName = moduleName
  }

  /// The module name `swiftc` gives a program compiled from a file with this base name
  /// (`sort.swift` is module `sort`); `main` when the name is not a Swift identifier
  /// (`01-intro`), where swiftc would ask for `-module-name`.
  public static func moduleName(forFile baseName: String) -> String {
    guard let first = baseName.unicodeScalars.first,
      first == "_" || CharacterSet.letters.contains(first),
      baseName.unicodeScalars.allSatisfy({ $0 == "_" || CharacterSet.alphanumerics.contains($0) }),
      baseName.unicodeScalars.allSatisfy(\.isASCII)
    else { return "main" }
    return baseName
  }

  /// A session whose cells stop once the process holds more than `memoryLimit` bytes.
  package init(memoryLimit: Int) {
    BLAS.quietIdleThreads
    runtime.memoryLimit = memoryLimit
  }

  /// Called with each piece of text a cell prints, as it prints it (on the cell's thread),
  /// for showing a long cell's progress; the text still goes to the cell's outputs.
  public var printObserver: ((String) -> Void)? {
    get { runtime.printObserver }
    set { runtime.printObserver = newValue }
  }

  /// Runs one cell's source (the whole fenced block content, `//|` option lines included:
  /// they are Swift comments, so line numbers match the cell).
  /// - Parameter timeout: seconds before the cell is stopped with a `.timeout` error.
  public func run(_ source: String, timeout: Double = Session.defaultTimeout) -> CellResult {
    if let abandonedMessage {
      return CellResult(outputs: [], error: CellError(.runtime, abandonedMessage, line: 1, column: 1))
    }
    // Parsing, lowering and running all happen on a thread with a large stack: a cell of
    // 20,000 terms (`1 + 1 + ...`) is a tree that deep, and walking it on the caller's
    // stack overflowed it (a segmentation fault, not an error).
    final class Outcome: @unchecked Sendable { var result: CellResult? }
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    let work = UnsafeSendable {
      outcome.result = self.runOnThisThread(source, timeout: timeout)
      done.signal()
    }
    guard Session.startThread(work.body) else {
      return CellResult(
        outputs: [],
        error: CellError(
          .runtime,
          "cannot start the cell: the address space this process may use (ulimit -v) has no room for the cell's stack",
          line: 1, column: 1))
    }
    // The time limit stops cells at their next check; work that never reaches one (one
    // enormous native call, the parser on a huge cell) is abandoned a little after it,
    // so the lesson still ends, with an error at the cell.
    let patience = timeout.isFinite && timeout > 0 ? timeout + Session.grace : 0
    if patience > 0 && patience < 1e6, done.wait(timeout: .now() + patience) == .timedOut {
      runtime.context.cancel()
      abandonedMessage = "not run: an earlier cell was stopped inside an operation that cannot be interrupted"
      return CellResult(
        outputs: [],
        error: CellError(
          .timeout,
          "the cell ran for more than \(Session.seconds(timeout)) (its time limit) inside one operation that cannot be interrupted; nnbook stopped waiting for it",
          line: 1, column: 1))
    }
    if patience <= 0 || patience >= 1e6 { done.wait() }
    return outcome.result!
  }

  /// Starts `body` on a new detached thread with the largest stack the process's address
  /// space allows: 1 GB, or under a tight `ulimit -v` 256 MB or 64 MB (a failed attempt
  /// is an error code, not a crash). False when not even the smallest fits.
  ///
  /// Under a limit, malloc is also kept to two arenas: each thread that allocates can
  /// otherwise get an arena of its own, 64 MB of address space each, up to 16 here, and a
  /// lesson of many cells (one thread each) used up a 2 GB limit that way.
  /// Lets `held` go on a thread with a cell's stack, and waits until it has.
  static func release(_ held: HeldValues) {
    let done = DispatchSemaphore(value: 0)
    let started = startThread {
      held.values = []
      done.signal()
    }
    if started { done.wait() }
  }

  static func startThread(_ body: @escaping () -> Void) -> Bool {
    #if canImport(Glibc)
      final class Box {
        let body: () -> Void
        let stackSize: Int
        init(_ body: @escaping () -> Void, stackSize: Int) {
          self.body = body
          self.stackSize = stackSize
        }
      }
      // Under `ulimit -v` at most a quarter of the address space, so that the cell has
      // room to allocate: under 2 GB, a 1 GB stack left too little.
      if Context.addressSpaceLimit != nil { Session.limitArenas }
      let quarter = Context.addressSpaceLimit.map { $0 / 4 } ?? .max
      for size in [1 << 30, 1 << 28, 1 << 26] where size <= quarter || size == 1 << 26 {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, size)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        let box = Unmanaged.passRetained(Box(body, stackSize: size)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(
          &thread, &attributes,
          { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            NativeStack.recordThread(size: box.stackSize)
            box.body()
            return nil
          }, box)
        if status == 0 { return true }
        Unmanaged<Box>.fromOpaque(box).release()
      }
      return false
    #else
      let thread = Thread { body() }
      thread.stackSize = 1 << 30
      thread.start()
      return true
    #endif
  }

  #if canImport(Glibc)
    /// `mallopt(M_ARENA_MAX, 2)` (M_ARENA_MAX is -8 in glibc's malloc.h, which Glibc
    /// does not import).
    private static let limitArenas: Void = { _ = glibcMallopt(-8, 2) }()
  #endif

  /// Seconds past its time limit that nnbook waits for a cell stuck in one operation.
  static let grace = 3.0

  /// Set once a cell was abandoned: its thread may still be changing the session's state,
  /// so no later cell may run in this session.
  private var abandonedMessage: String?

  /// Each cell's own line count: declarations nnbook appends come after it.
  private var cellLineCounts: [Int: Int] = [:]

  private func runOnThisThread(_ source: String, timeout: Double) -> CellResult {
    cellCount += 1
    cellLineCounts[cellCount] = source.split(separator: "\n", omittingEmptySubsequences: false).count
    var tree = Parser.parse(source: source)
    // `#if`: only the active clauses' code stays, at the same lines and columns.
    if let resolved = ConditionalCompilation.resolve(source, tree) { tree = Parser.parse(source: resolved) }
    // Swift's declarations a cell uses, appended after its last line (`Result`, the members
    // of its option sets and collections).
    tree = AppendedSource.augment(tree, declared: { globals.structs[$0] != nil })
    let converter = SourceLocationConverter(fileName: "cell", tree: tree)
    if let error = syntaxError(tree, converter) {
      return CellResult(outputs: [], error: error)
    }
    let folded: SourceFileSyntax
    do {
      var table = operators
      // `postfix operator ++` (in swift-syntax's table of standard operators though Swift no longer
      // declares it), or an operator an earlier cell declared: declared again, it is the same.
      try table.addSourceFile(tree) { error in
        switch error {
        case .operatorAlreadyExists, .groupAlreadyExists: break
        default: throw error
        }
      }
      var missing: (String, Syntax)?
      folded =
        table.foldAll(tree) { error in
          if missing == nil, case .missingOperator(let name, let node) = error { missing = (name, node) }
        }.as(SourceFileSyntax.self) ?? tree
      if let (name, node) = missing {
        let at = node.startLocation(converter: converter)
        return CellResult(
          outputs: [],
          error: CellError(
            .syntax, "cannot find operator '\(name)' in scope; declare it first ('infix operator \(name)')",
            line: at.line, column: at.column))
      }
      operators = table
    } catch {
      return CellResult(outputs: [], error: CellError(.syntax, "\(error)", line: 1, column: 1))
    }

    let snapshot = globals.snapshot()
    let code: FunctionCode
    do {
      let lowerer = Lowerer(converter: converter, globals: globals, cellIndex: cellCount)
      code = try lowerer.lowerCell(folded)
    } catch let failure as LocatedFailure {
      globals.restore(snapshot)
      return CellResult(outputs: [], error: cellError(failure))
    } catch {
      globals.restore(snapshot)
      return CellResult(outputs: [], error: CellError(.runtime, "\(error)", line: 1, column: 1))
    }
    runtime.reserveGlobals(globals.count)
    return execute(code, timeout: timeout)
  }

  /// The session's state between cells: its names, their values, the random generator.
  ///
  /// `watch` keeps one after each cell, so an edit re-runs from the first changed cell.
  /// Values are values (tensors copy on write), so a snapshot is a copy of the globals.
  /// Layers and models are values to cells too, but a `BatchNorm` in training mode updates
  /// its running statistics in its own object; a snapshot therefore holds its own copy of
  /// every module (a copy of the tree that shares the tensors: cheap), and a restore hands
  /// the session a fresh copy, so the snapshot can be restored again.
  public struct Snapshot {
    fileprivate var names: GlobalTable.Snapshot
    fileprivate var values: [Value]
    fileprivate var random: NNRandom.State
    fileprivate var cellCount: Int
    /// Whether restoring gives back exactly this state: false when a global holds something
    /// later cells could change behind the snapshot's back (a captured variable's box).
    public var isExact: Bool
  }

  public func snapshot() -> Snapshot {
    let values = runtime.globalValues(count: globals.count)
    return Snapshot(
      names: globals.snapshot(), values: values.map(Self.detachingModules), random: runtime.context.random.state,
      cellCount: cellCount, isExact: values.allSatisfy(Self.isValue))
  }

  /// Whether a value cannot change behind its holder's back once modules are copied.
  ///
  /// The library's objects are values: every change a cell makes (`fit`, `update`,
  /// `freeze`, assigning `weight` or `learningRate`) returns a new object. Only a module's
  /// own forward pass changes it in place, which `detachingModules` guards against.
  private static func isValue(_ value: Value) -> Bool {
    switch value {
    case .void, .int, .double, .float, .bool, .string, .none, .range, .type, .object: true
    case .array(let elements): elements.allSatisfy(isValue)
    case .dictionary(let dictionary): dictionary.values.allSatisfy(isValue)
    case .tuple(let tuple): tuple.elements.allSatisfy(isValue)
    case .some(let wrapped): isValue(wrapped)
    // A class instance (`ref`) is shared, so a later cell can change it behind a snapshot.
    case .structInstance(let instance): instance.ref == nil && instance.fields.allSatisfy(isValue)
    // A function's captured variables live in boxes; a global function captures none.
    case .function: true
    case .box: false
    }
  }

  /// The value with every module in it replaced by a copy of its own (tensors shared).
  /// Values without modules are returned as they are, without copying their arrays.
  private static func detachingModules(_ value: Value) -> Value {
    switch value {
    case .object(let module as Module): return .object(module.copy())
    case .array(let elements):
      guard elements.contains(where: holdsModule) else { return value }
      return .array(elements.map(detachingModules))
    case .dictionary(var dictionary):
      guard dictionary.values.contains(where: holdsModule) else { return value }
      dictionary.values = dictionary.values.map(detachingModules)
      return .dictionary(dictionary)
    case .tuple(var tuple):
      guard tuple.elements.contains(where: holdsModule) else { return value }
      tuple.elements = tuple.elements.map(detachingModules)
      return .tuple(tuple)
    case .some(let wrapped):
      return holdsModule(wrapped) ? .some(detachingModules(wrapped)) : value
    case .structInstance(var instance):
      guard instance.fields.contains(where: holdsModule) else { return value }
      instance.fields = instance.fields.map(detachingModules)
      return .structInstance(instance)
    default: return value
    }
  }

  private static func holdsModule(_ value: Value) -> Bool {
    switch value {
    case .object(let object): object is Module
    case .array(let elements): elements.contains(where: holdsModule)
    case .dictionary(let dictionary): dictionary.values.contains(where: holdsModule)
    case .tuple(let tuple): tuple.elements.contains(where: holdsModule)
    case .some(let wrapped): holdsModule(wrapped)
    case .structInstance(let instance): instance.fields.contains(where: holdsModule)
    default: false
    }
  }

  /// Goes back to the state of `snapshot`, taken from this session. Not while a cell runs.
  public func restore(_ snapshot: Snapshot) {
    globals.restore(snapshot.names)
    runtime.restoreGlobals(snapshot.values.map(Self.detachingModules))
    runtime.context.random.state = snapshot.random
    cellCount = snapshot.cellCount
  }

  private func syntaxError(_ tree: SourceFileSyntax, _ converter: SourceLocationConverter) -> CellError? {
    // Errors of the lexer (an invalid character) first, from the tokens themselves:
    // swift-syntax 603's diagnostics generator traps on some of them (`let n \u{FFFD}= 5`
    // ends in "A Fix-It must have at least one change"; found by the FuzzCells target).
    for token in tree.tokens(viewMode: .all) {
      guard let diagnostic = token.tokenDiagnostic, diagnostic.severity == .error else { continue }
      let at = converter.location(for: token.position.advanced(by: Int(diagnostic.byteOffset)))
      return CellError(.syntax, diagnostic.diagnosticMessage(in: token).message, line: at.line, column: at.column)
    }
    let diagnostics = ParseDiagnosticsGenerator.diagnostics(for: tree)
    guard let first = diagnostics.first(where: { $0.diagMessage.severity == .error }) else { return nil }
    let l = first.location(converter: converter)
    return CellError(.syntax, first.message, line: l.line, column: l.column)
  }

  private func cellError(_ f: LocatedFailure) -> CellError {
    // An error inside code nnbook appended to a cell (`Collection`'s default members) is
    // shown where the cell called it.
    var chain = [f.loc] + f.frames
    while chain.count > 1, isAppended(chain[0]) { chain.removeFirst() }
    let at = location(chain[0])
    return CellError(
      f.kind, f.message, line: at.line, column: at.column, cellsBack: at.cellsBack,
      frames: chain.dropFirst().map(location))
  }

  private func isAppended(_ loc: SourceLoc) -> Bool {
    guard let lines = cellLineCounts[loc.cell == 0 ? cellCount : Int(loc.cell)] else { return false }
    return Int(loc.line) > lines
  }

  /// A position as the cell that ran sees it: positions in earlier cells count back from it.
  private func location(_ loc: SourceLoc) -> CellError.Location {
    let cellsBack = loc.cell == 0 ? 0 : max(0, cellCount - Int(loc.cell))
    return CellError.Location(cellsBack: cellsBack, line: Int(loc.line), column: Int(loc.column))
  }

  /// Runs on `run`'s thread with a large stack, so deep (bounded) recursion in a cell
  /// cannot overflow nnbook's own stack.
  private func execute(_ code: FunctionCode, timeout: Double) -> CellResult {
    final class Outcome: @unchecked Sendable { var error: CellError? }
    let outcome = Outcome()
    let rt = runtime
    let work = UnsafeSendable {
      rt.outputs = []
      rt.pendingText = ""
      rt.makeCurrent()
      rt.startClock(timeout: timeout)
      rt.context.timeoutMessage =
        "the cell ran for more than \(Session.seconds(timeout)) (its time limit); set '//| timeout:' to allow longer"
      var statement = SourceLoc.unknown
      var timedOut = false
      do {
        do {
          let fp = try rt.pushFrame(code.frameSize, at: .unknown)
          defer { rt.popFrame(fp, code.frameSize) }
          for s in code.body {
            statement = s.loc
            _ = try s.exec(rt, fp)
            // The statement may have passed a limit (a large tensor, a long native operation).
            if rt.context.needsCheck { try rt.checkTime(s.loc) }
          }
        } catch {
          // A failure a set kept from a type's `==` or `hash(into:)` came first; what
          // followed it ("cannot be a dictionary key") is its consequence.
          throw rt.context.takeDeferredFailure() ?? error
        }
      } catch var failure as LocatedFailure {
        rt.resetStack()
        if failure.kind == .timeout, statement.line > 0 {
          // Where a time limit stops a cell, and how much it printed by then, depend on
          // the machine's speed and load. The lesson keeps what does not: the error, at
          // the cell's statement that was running (`--verbose` shows the prints as they come).
          failure.loc = statement
          failure.frames = []
          timedOut = true
        } else if failure.loc == .unknown, failure.frames.isEmpty, statement.line > 0 {
          // A failure no node located (a built-in calling a function value, as `reduce(0, +)`
          // does): at the cell's statement that was running, not at the cell's first line.
          failure.loc = statement
        }
        outcome.error = self.cellError(failure)
      } catch let failure as RuntimeFailure {
        rt.resetStack()
        // Not located by any node either.
        if statement.line > 0 {
          outcome.error = self.cellError(rt.located(failure, statement))
        } else {
          outcome.error = CellError(.runtime, failure.message, line: 1, column: 1)
        }
      } catch {
        rt.resetStack()
        outcome.error = CellError(.runtime, "\(error)", line: 1, column: 1)
      }
      rt.flushText()
      if timedOut { rt.outputs = [] }
    }
    work.body()
    return CellResult(outputs: runtime.outputs, error: outcome.error)
  }

  static func seconds(_ t: Double) -> String {
    // `Int(_:)` traps past Int.max (`timeout: 1e20`).
    t == t.rounded() && abs(t) < 1e15 ? "\(Int(t)) s" : "\(t) s"
  }
}

#if canImport(Glibc)
  @_silgen_name("mallopt")
  private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif

private struct UnsafeSendable: @unchecked Sendable {
  let body: () -> Void
  init(_ body: @escaping () -> Void) { self.body = body }
}

/// The engine version, part of every cell's input key: bump it when outputs may change.
public let engineVersion = "0.1.0"

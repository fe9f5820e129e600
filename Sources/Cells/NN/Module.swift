/// A layer or a model: a tree of named parameters, buffers and child modules.
///
/// Everything `Sequential`, optimizers, freezing, gradients and save/load need is
/// found here by name, with no code per layer: a layer declares its tensors with
/// `addParameter`/`addBuffer` and its sub-layers with `addChild`, and implements
/// `forward`. Names are PyTorch's `state_dict` keys (`weight`, `bias`,
/// `weight_ih_l0`, `running_mean`); a cell reads a tensor by its Swift name
/// (`lstm.weightIH`), which may differ from its key.
///
/// A cell sees a module as a value: `settingMember` and every other change return
/// a changed copy (`copy()`), whose tensors are shared until replaced (tensors are
/// immutable), so copying a model is cheap and `var b = a; b.weight = w` leaves `a`
/// alone.
class Module: NativeObject, CallableObject, DifferentiableObject, DisplayableObject {
  /// A tensor the module owns.
  struct Slot {
    /// What a cell writes: `weight`, `weightIH`.
    var name: String
    /// PyTorch's `state_dict` key: `weight`, `weight_ih_l0`.
    var key: String
    var tensor: Tensor
  }

  private(set) var parameters: [Slot] = []
  /// State that is saved and loaded but not trained (`running_mean`).
  private(set) var buffers: [Slot] = []
  private(set) var children: [(key: String, module: Module)] = []
  /// Keys of this module's own parameters that optimizers leave alone.
  private(set) var frozenKeys: Set<String> = []
  /// True while training (`fit` sets it): `Dropout` drops, `BatchNorm` uses batch statistics.
  private(set) var isTraining = false
  /// The loss the model was last trained with: what `evaluate` measures by default.
  var trainingLoss: LossKind?
  /// The shape of one example of the data the model was last trained on (`[1, 8, 8]`
  /// for images): what `summary` feeds a model whose first layer cannot tell its input size.
  var exampleShape: [Int]?

  override init() {}

  /// A copy sharing every tensor; subclasses copy their hyperparameters and call this.
  required init(copying other: Module) {
    parameters = other.parameters
    buffers = other.buffers
    children = other.children.map { ($0.key, $0.module.copy()) }
    frozenKeys = other.frozenKeys
    isTraining = other.isTraining
    trainingLoss = other.trainingLoss
    exampleShape = other.exampleShape
  }

  func copy() -> Module { type(of: self).init(copying: self) }

  override var typeHierarchy: [String] { [typeName, "Module"] }

  // MARK: Declaring the tree (from a layer's initializer)

  func addParameter(_ name: String, key: String? = nil, _ tensor: Tensor) {
    parameters.append(Slot(name: name, key: key ?? name, tensor: tensor))
  }

  func addBuffer(_ name: String, key: String? = nil, _ tensor: Tensor) {
    buffers.append(Slot(name: name, key: key ?? name, tensor: tensor))
  }

  func addChild(_ key: String, _ module: Module) {
    children.append((key, module))
  }

  // MARK: Reading

  /// This module's own parameter by Swift name (nil when it has none, like a bias turned off).
  func parameter(_ name: String) -> Tensor? {
    parameters.first { $0.name == name }?.tensor
  }

  func buffer(_ name: String) -> Tensor? {
    buffers.first { $0.name == name }?.tensor
  }

  /// Every parameter of the tree, depth first, named as PyTorch's `state_dict` names them:
  /// `0.weight`, `3.weight_ih_l0`.
  var namedParameters: [(name: String, tensor: Tensor)] {
    var out: [(String, Tensor)] = []
    visit(prefix: "") { module, prefix in
      for p in module.parameters { out.append((prefix + p.key, p.tensor)) }
    }
    return out
  }

  /// Parameters and buffers: what `save` writes and `load` reads.
  var stateDict: [(name: String, tensor: Tensor)] {
    var out: [(String, Tensor)] = []
    visit(prefix: "") { module, prefix in
      for p in module.parameters { out.append((prefix + p.key, p.tensor)) }
      for b in module.buffers { out.append((prefix + b.key, b.tensor)) }
    }
    return out
  }

  /// Names (`state_dict` keys) of the parameters an optimizer must leave alone.
  var frozenParameterNames: Set<String> {
    var out: Set<String> = []
    visit(prefix: "") { module, prefix in
      for key in module.frozenKeys { out.insert(prefix + key) }
    }
    return out
  }

  var parameterCount: Int { namedParameters.reduce(0) { $0 + $1.tensor.count } }
  var trainableParameterCount: Int {
    let frozen = frozenParameterNames
    return namedParameters.reduce(0) { $0 + (frozen.contains($1.name) ? 0 : $1.tensor.count) }
  }

  private func visit(prefix: String, _ body: (Module, String) -> Void) {
    body(self, prefix)
    for c in children { c.module.visit(prefix: prefix + c.key + ".", body) }
  }

  // MARK: Changing (on a copy the caller owns)

  /// A copy with the named parameters and buffers (full `state_dict` names) replaced.
  /// Throws when a name is unknown or a shape differs.
  func replacing(_ tensors: [String: Tensor]) throws(RuntimeFailure) -> Module {
    let c = copy()
    var used = 0
    try c.replaceInPlace(tensors, prefix: "", used: &used)
    if used != tensors.count {
      let known = Set(stateDict.map(\.name))
      let unknown = tensors.keys.filter { !known.contains($0) }.sorted()
      throw RuntimeFailure("the model has no parameter named \(unknown.map { "'\($0)'" }.joined(separator: ", "))")
    }
    return c
  }

  private func replaceInPlace(_ tensors: [String: Tensor], prefix: String, used: inout Int) throws(RuntimeFailure) {
    for i in parameters.indices {
      if let t = tensors[prefix + parameters[i].key] {
        try Module.checkShape(t, replacing: parameters[i].tensor, name: prefix + parameters[i].key)
        parameters[i].tensor = t
        used += 1
      }
    }
    for i in buffers.indices {
      if let t = tensors[prefix + buffers[i].key] {
        try Module.checkShape(t, replacing: buffers[i].tensor, name: prefix + buffers[i].key)
        buffers[i].tensor = t
        used += 1
      }
    }
    for c in children { try c.module.replaceInPlace(tensors, prefix: prefix + c.key + ".", used: &used) }
  }

  static func checkShape(_ new: Tensor, replacing old: Tensor, name: String) throws(RuntimeFailure) {
    guard new.shape == old.shape else {
      throw RuntimeFailure(
        "'\(name)' has shape \(Shape.text(old.shape)); cannot put a tensor of shape \(Shape.text(new.shape)) there")
    }
  }

  /// Every parameter of the tree in `namedParameters` order, without building names.
  var parameterTensors: [Tensor] {
    var out: [Tensor] = []
    visit(prefix: "") { module, _ in
      for p in module.parameters { out.append(p.tensor) }
    }
    return out
  }

  /// A copy whose parameters, in `namedParameters` order, are the non-nil entries of
  /// `tensors` (nil keeps a parameter). No names are looked up: what a training step
  /// does twice per batch.
  func replacingParameters(_ tensors: [Tensor?]) -> Module {
    let c = copy()
    c.setParametersInPlace(tensors)
    return c
  }

  /// `replacingParameters` on this module itself, which the caller has just copied and owns.
  func setParametersInPlace(_ tensors: [Tensor?]) {
    var i = 0
    assignParameters(tensors, &i)
  }

  private func assignParameters(_ tensors: [Tensor?], _ i: inout Int) {
    for k in parameters.indices {
      if let t = tensors[i] { parameters[k].tensor = t }
      i += 1
    }
    for c in children { c.module.assignParameters(tensors, &i) }
  }

  /// Sets this module's own parameter or buffer (on a copy the caller owns).
  func setTensor(_ name: String, _ tensor: Tensor) {
    if let i = parameters.firstIndex(where: { $0.name == name }) { parameters[i].tensor = tensor }
    if let i = buffers.firstIndex(where: { $0.name == name }) { buffers[i].tensor = tensor }
  }

  /// The same model in training (`true`) or inference mode, all the way down.
  func settingTraining(_ training: Bool) -> Module {
    let c = copy()
    c.setTrainingInPlace(training)
    return c
  }

  private func setTrainingInPlace(_ training: Bool) {
    isTraining = training
    for c in children { c.module.setTrainingInPlace(training) }
  }

  /// Freezes (or unfreezes) every parameter of the first `count` children (all of them
  /// when nil), recursively.
  func settingFrozen(_ frozen: Bool, firstChildren count: Int? = nil) -> Module {
    let c = copy()
    if let count {
      for child in c.children.prefix(count) { child.module.setFrozenInPlace(frozen) }
    } else {
      c.setFrozenInPlace(frozen)
    }
    return c
  }

  private func setFrozenInPlace(_ frozen: Bool) {
    frozenKeys = frozen ? Set(parameters.map(\.key)) : []
    for c in children { c.module.setFrozenInPlace(frozen) }
  }

  // MARK: Running

  /// The layer's computation on one input. Layers that take several inputs override
  /// `call(_:_:labels:)` instead.
  func forward(_ input: Tensor, context: Context) throws -> Tensor {
    throw RuntimeFailure("\(typeName) cannot be called on a tensor")
  }

  func call(_ rt: Runtime, _ args: [Value], labels: [String?]) throws -> Value {
    guard args.count == 1, labels == [nil] else {
      throw RuntimeFailure(
        "\(typeName) is called with one tensor: \(typeName.prefix(1).lowercased() + typeName.dropFirst())(x)")
    }
    if case .object(let x as Tensor) = args[0] { return .object(try forward(x, context: rt.context)) }
    // Anything else `Tensor(...)` accepts, read (and refused) as every built-in reads it.
    let reader = Arguments(
      signature: Signature(typeName, [.positional("input", .tensor)], .tensor, help: ""), values: args, runtime: rt)
    return .object(try forward(try reader.tensor(0), context: rt.context))
  }

  // MARK: Cells' view

  /// Parts a cell reads by name: tensors by their Swift names, then `layers` for the
  /// children in order.
  override func member(_ name: String) -> Value? {
    if let p = parameters.first(where: { $0.name == name }) { return .object(p.tensor) }
    if let b = buffers.first(where: { $0.name == name }) { return .object(b.tensor) }
    if name == "layers" { return .array(children.map { .object($0.module) }) }
    if name == "isTraining" { return .bool(isTraining) }
    return nil
  }

  override func settingMember(_ name: String, to value: Value) throws(RuntimeFailure) -> NativeObject? {
    if name == "isTraining" {
      guard case .bool(let training) = value else {
        throw RuntimeFailure("cannot assign a value of type '\(value.typeName)' to 'isTraining': it is a Bool")
      }
      return settingTraining(training)
    }
    if let slot = parameters.first(where: { $0.name == name }) ?? buffers.first(where: { $0.name == name }) {
      guard case .object(let t as Tensor) = value else {
        throw RuntimeFailure("cannot assign a value of type '\(value.typeName)' to '\(name)': it holds a Tensor")
      }
      try Module.checkShape(t, replacing: slot.tensor, name: name)
      let c = copy()
      c.setTensor(name, t.converted(to: slot.tensor.dtype).detached())
      return c
    }
    if name == "layers" {
      guard case .array(let items) = value, items.count == children.count else {
        throw RuntimeFailure("cannot change how many layers a model has by assigning to 'layers'")
      }
      let c = copy()
      for (i, item) in items.enumerated() {
        guard case .object(let m as Module) = item else {
          throw RuntimeFailure("a model's layers are layers, not a value of type '\(item.typeName)'")
        }
        c.children[i].module = m
      }
      return c
    }
    return nil
  }

  var differentiableParts: [(name: String, value: Value)] {
    parameters.map { ($0.name, .object($0.tensor)) } + children.map { ($0.key, .object($0.module)) }
  }

  func replacingDifferentiableParts(_ parts: [Value]) -> Value {
    let c = copy()
    for i in c.parameters.indices {
      if case .object(let t as Tensor) = parts[i] { c.parameters[i].tensor = t }
    }
    for i in c.children.indices {
      if case .object(let m as Module) = parts[c.parameters.count + i] { c.children[i].module = m }
    }
    return .object(c)
  }

  /// How the layer reads in a summary or a printed model: `Linear(2, 10)`.
  var configuration: String { "" }

  override func describe() -> String {
    if children.isEmpty { return "\(typeName)(\(configuration))" }
    let inner = children.map { "  (\($0.key)): " + $0.module.describe().replacingOccurrences(of: "\n", with: "\n  ") }
    return "\(typeName)(\n" + inner.joined(separator: "\n") + "\n)"
  }

  var output: CellOutput { .table(ModelSummary(self).table) }
}

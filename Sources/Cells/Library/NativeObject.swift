/// The base class of library objects exposed to cells: tensors, layers and models,
/// optimizers, data sets, figures, tables.
///
/// A cell sees a native object as a value. Objects are immutable once a cell can
/// see them, except through `settingMember(_:to:)`, which returns a changed copy,
/// so `var b = a; b.weight = w` leaves `a` alone, as for a struct.
///
/// What an object can do beyond that is declared by the capability protocols
/// below, all in this file: called like a function, displayed richly, walked by
/// `for`, subscripted, read as numbers, differentiated.
class NativeObject {
  /// The name cells and messages use (`Tensor`, `Linear`).
  var typeName: String { "Object" }

  /// The types whose methods and properties this object has, most specific
  /// first: a `Linear` is also a `Module`, so a method registered for `Module`
  /// serves every layer.
  var typeHierarchy: [String] { [typeName] }

  func describe() -> String { "<\(typeName)>" }

  /// A named part a cell can read (`layer.weight`, `model.layers`); nil when there is none.
  func member(_ name: String) -> Value? { nil }

  /// A copy of this object with the named part replaced (`layer.weight = w`); nil when
  /// the object has no such assignable part. Throws when the new value does not fit.
  func settingMember(_ name: String, to value: Value) throws(RuntimeFailure) -> NativeObject? { nil }
}

/// A library object that holds numbers in a grid (a tensor), so figures, metrics and
/// tables can read it without knowing its type.
protocol NumericArrayConvertible: NativeObject {
  var numericShape: [Int] { get }
  /// All elements, row-major, as `Double`.
  var numericValues: [Double] { get }
}

/// A library object a cell can call like a function: `model(x)`, `mha(q, k, v, mask: m)`.
protocol CallableObject: NativeObject {
  /// `labels` holds the call site's argument labels (nil for an unlabeled argument),
  /// one per argument.
  func call(_ rt: Runtime, _ args: [Value], labels: [String?]) throws -> Value
}

extension CallableObject {
  /// A call with unlabeled arguments (`model(points)` from a figure).
  func call(_ rt: Runtime, _ args: [Value]) throws -> Value {
    try call(rt, args, labels: args.map { _ in nil })
  }
}

/// A library object that displays as something richer than text (a figure, a table).
protocol DisplayableObject: NativeObject {
  var output: CellOutput { get }
}

/// A library object a `for` loop can walk (strides, zips, batches).
protocol SequenceObject: NativeObject {
  func elements() throws(RuntimeFailure) -> [Value]
}

/// A library object that answers `x[i]`.
protocol SubscriptableObject: NativeObject {
  func subscriptGet(_ index: Value) throws(RuntimeFailure) -> Value
}

/// A library object with tensors inside that gradients can be taken with respect
/// to (a layer, a model): `valueWithGradient(at: model) { model in loss(model) }`.
///
/// The gradient of such an object is the same kind of object holding each part's
/// gradient in the part's place, as Swift's `TangentVector` mirrors its value, so
/// `gradient.layers[0].weight` reads like the model and an optimizer can walk the
/// two side by side by name.
protocol DifferentiableObject: NativeObject {
  /// The differentiable parts (tensors, nested objects), named, in a fixed order.
  var differentiableParts: [(name: String, value: Value)] { get }
  /// A copy with `parts` (same count and order as `differentiableParts`) in their place.
  func replacingDifferentiableParts(_ parts: [Value]) -> Value
}

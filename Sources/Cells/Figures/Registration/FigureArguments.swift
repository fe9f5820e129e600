/// Reads the arguments of figure functions from cell values, with messages that
/// name the function and the argument.
enum FigureArguments {
  /// An optional string: `nil` when the argument was left out.
  static func text(_ value: Value, _ argument: String) throws(RuntimeFailure) -> String? {
    switch value {
    case .none: return nil
    case .string(let text): return text
    case .some(let inner): return try text(inner, argument)
    case .box(let box): return try text(box.value, argument)
    default: throw RuntimeFailure("\(argument) must be a String, got a value of type '\(value.typeName)'")
    }
  }

  /// An optional list of names; numbers are accepted and written out (`classNames: [0, 1]`).
  static func texts(_ value: Value, _ argument: String) throws(RuntimeFailure) -> [String]? {
    switch value {
    case .none: return nil
    case .some(let inner): return try texts(inner, argument)
    case .array(let elements):
      var result: [String] = []
      for element in elements {
        switch element {
        case .string(let text): result.append(text)
        case .int, .double, .float, .bool: result.append(element.description)
        default:
          throw RuntimeFailure("\(argument) must be a list of Strings, got an element of type '\(element.typeName)'")
        }
      }
      return result
    default:
      throw RuntimeFailure("\(argument) must be a list of Strings, got a value of type '\(value.typeName)'")
    }
  }

  static func integer(_ value: Value, _ argument: String) throws(RuntimeFailure) -> Int? {
    switch value {
    case .none: return nil
    case .int(let number): return number
    case .some(let inner): return try integer(inner, argument)
    default: throw RuntimeFailure("\(argument) must be an Int, got a value of type '\(value.typeName)'")
    }
  }

  /// A positive count (`bins:`, `columns:`).
  static func positive(_ value: Value, _ argument: String) throws(RuntimeFailure) -> Int? {
    guard let number = try integer(value, argument) else { return nil }
    guard number > 0 else { throw RuntimeFailure("\(argument) must be positive, got \(number)") }
    return number
  }

  static func flag(_ value: Value, _ argument: String) throws(RuntimeFailure) -> Bool {
    switch value {
    case .bool(let flag): return flag
    case .some(let inner): return try flag(inner, argument)
    default: throw RuntimeFailure("\(argument) must be true or false, got a value of type '\(value.typeName)'")
    }
  }

  static func colormap(_ value: Value, _ argument: String) throws(RuntimeFailure) -> Colormap? {
    switch value {
    case .none: return nil
    case .object(let object as ColormapObject): return object.colormap
    case .string(let name):
      guard let map = Colormap.all.first(where: { $0.name == name }) else {
        throw RuntimeFailure(
          "\(argument): no colormap named '\(name)'; use \(Colormap.all.map { "." + $0.name }.joined(separator: ", "))")
      }
      return map
    default:
      throw RuntimeFailure(
        "\(argument) must be a colormap (\(Colormap.all.map { "." + $0.name }.joined(separator: ", "))), got a value of type '\(value.typeName)'"
      )
    }
  }

  /// `title:`, `xLabel:`, `yLabel:` from the last three arguments, where every kind puts them.
  static func labels(_ args: [Value], _ function: String) throws(RuntimeFailure) -> ChartLabels {
    let n = args.count
    return ChartLabels(
      title: try text(args[n - 3], "\(function): title"), xLabel: try text(args[n - 2], "\(function): xLabel"),
      yLabel: try text(args[n - 1], "\(function): yLabel"))
  }

  /// The default values of `title:`, `xLabel:` and `yLabel:` (absent).
  static var labelDefaults: [String: Value] { ["title": .none, "xLabel": .none, "yLabel": .none] }

  /// `defaults` plus the label defaults.
  static func defaults(_ defaults: [String: Value]) -> [String: Value] {
    defaults.merging(labelDefaults) { own, _ in own }
  }

  /// The figure of a chart, as a cell value.
  static func figure(_ chart: Chart) -> Value {
    .object(FigureObject(chart))
  }
}

/// A colormap as a cell value: `.viridis`, `.grays`, `.invertedGrays`, `.diverging`.
final class ColormapObject: NativeObject {
  let colormap: Colormap
  init(_ colormap: Colormap) { self.colormap = colormap }
  override var typeName: String { "Colormap" }
  override func describe() -> String { "." + colormap.name }
}

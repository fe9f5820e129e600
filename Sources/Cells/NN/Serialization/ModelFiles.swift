import Foundation

/// `model.save(name)` and `model.load(name)`: safetensors files with PyTorch's
/// `state_dict` names, inside the lesson's `_files` folder and nowhere else.
enum ModelFiles {
  /// The file `name` names inside `folder`, refused when it would leave it: an
  /// absolute path, a `..` component, or a symbolic link on the way out.
  static func resolve(_ name: String, in folder: URL?, operation: String) throws(RuntimeFailure) -> URL {
    guard let folder else {
      throw RuntimeFailure(
        "\(operation): this session has no lesson folder; save and load work in lessons that nnbook runs")
    }
    guard !name.isEmpty, !name.hasPrefix("/"), !name.contains("\0"), !name.contains("\\") else {
      throw RuntimeFailure("\(operation): '\(name)' is not a file name inside the lesson's _files folder")
    }
    let parts = name.split(separator: "/", omittingEmptySubsequences: true)
    guard !parts.contains(where: { $0 == ".." || $0 == "." }) else {
      throw RuntimeFailure("\(operation): '\(name)' leaves the lesson's _files folder; use a plain file name")
    }
    var file = folder
    for p in parts { file.appendPathComponent(String(p)) }
    if file.pathExtension.isEmpty { file.appendPathExtension("safetensors") }
    // Every existing step from the folder to the file must be a real folder or file, not a link.
    var step = folder
    for component in file.pathComponents.dropFirst(folder.pathComponents.count) {
      step.appendPathComponent(component)
      if let type = try? FileManager.default.attributesOfItem(atPath: step.path)[.type] as? FileAttributeType,
        type == .typeSymbolicLink
      {
        throw RuntimeFailure("\(operation): '\(name)' goes through a symbolic link; nnbook does not follow links")
      }
    }
    if let type = try? FileManager.default.attributesOfItem(atPath: folder.path)[.type] as? FileAttributeType,
      type == .typeSymbolicLink
    {
      throw RuntimeFailure("\(operation): the lesson's _files folder is a symbolic link; nnbook does not follow links")
    }
    return file
  }

  static func save(_ model: Module, as name: String, context: Context) throws -> String {
    let file = try resolve(name, in: context.filesFolder, operation: "save")
    let integers = Set(model.stateDict.map(\.name).filter { $0.hasSuffix("num_batches_tracked") })
    let bytes = try SafeTensors.encode(model.stateDict, integers: integers)
    do {
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try writeAtomically(bytes, to: file.path)
    } catch {
      throw RuntimeFailure("save: cannot write '\(name)': \(error)")
    }
    return file.lastPathComponent
  }

  /// The model with every parameter and buffer read from the file; the names and
  /// shapes must match exactly, as `load_state_dict(strict=True)` requires.
  static func load(_ model: Module, from name: String, context: Context) throws -> Module {
    let file = try resolve(name, in: context.filesFolder, operation: "load")
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
      let size = attributes[.size] as? Int
    else {
      throw RuntimeFailure("load: there is no file '\(file.lastPathComponent)' in the lesson's _files folder")
    }
    try context.checkAllocation(count: size, bytesPerElement: 2)
    guard let data = FileManager.default.contents(atPath: file.path) else {
      throw RuntimeFailure("load: cannot read '\(file.lastPathComponent)'")
    }
    let stored = try SafeTensors.decode([UInt8](data))
    let expected = model.stateDict
    let storedByName = Dictionary(stored.map { ($0.name, $0.tensor) }, uniquingKeysWith: { a, _ in a })
    var replacements: [String: Tensor] = [:]
    for (name, tensor) in expected {
      guard let t = storedByName[name] else {
        throw RuntimeFailure("load: '\(file.lastPathComponent)' has no tensor named '\(name)', which the model needs")
      }
      guard t.shape == tensor.shape else {
        throw RuntimeFailure(
          "load: '\(name)' is \(Shape.text(t.shape)) in '\(file.lastPathComponent)' but \(Shape.text(tensor.shape)) in the model"
        )
      }
      replacements[name] = t.converted(to: tensor.dtype)
    }
    let known = Set(expected.map(\.name))
    if let extra = stored.first(where: { !known.contains($0.name) }) {
      throw RuntimeFailure(
        "load: '\(file.lastPathComponent)' has a tensor named '\(extra.name)' that the model does not have")
    }
    return try model.replacing(replacements)
  }
}

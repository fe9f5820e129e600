import Foundation

/// An image file next to a lesson, read into the page as a `data:` URL so the page
/// stands alone (as its figures and styles do).
enum LocalImage {
  static let mimeTypes = [
    "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
    "webp": "image/webp",
  ]
  /// Larger files stay links: a page is meant to open quickly.
  static let sizeLimit = 8 << 20

  /// The data URL for `url` when it is a relative path to an image file inside `folder`
  /// (the lesson's folder, `""` for the current one); nil otherwise.
  static func dataURL(for url: String, in folder: String) -> String? {
    guard !url.isEmpty, !url.contains(":"), !url.hasPrefix("/"), !url.hasPrefix("#") else { return nil }
    let end = url.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? url.endIndex
    let relative = String(url[..<end]).removingPercentEncoding ?? String(url[..<end])
    let fileExtension = relative.split(separator: ".").last.map { $0.lowercased() } ?? ""
    guard relative.contains("."), let mime = mimeTypes[fileExtension] else { return nil }
    let path = folder + relative
    guard let resolved = realPath(path), let base = realPath(folder.isEmpty ? "." : folder),
      resolved.hasPrefix(base.hasSuffix("/") ? base : base + "/"),
      let attributes = try? FileManager.default.attributesOfItem(atPath: resolved),
      attributes[.type] as? FileAttributeType == .typeRegular,
      ((attributes[.size] as? NSNumber)?.intValue ?? .max) <= sizeLimit,
      let data = FileManager.default.contents(atPath: resolved)
    else { return nil }
    return "data:\(mime);base64,\(data.base64EncodedString())"
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

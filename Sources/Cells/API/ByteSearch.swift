extension StringProtocol {
  /// Whether `needle` occurs in the text, compared as UTF-8 bytes.
  ///
  /// With Foundation imported, `contains(_:)` on a `String` is `NSString`'s: it bridges the
  /// whole text to UTF-16 on every call, which made the prelude checks of every cell and the
  /// Markdown inline scans a measurable part of running a lesson. An exact byte match is what
  /// those checks mean (no locale, no Unicode equivalence).
  public func containsBytes(_ needle: String) -> Bool {
    firstByteOffset(of: needle) != nil
  }

  /// The UTF-8 offset of the first occurrence of `needle` at or after `start`, or `nil`.
  public func firstByteOffset(of needle: String, from start: Int = 0) -> Int? {
    let pattern = Array(needle.utf8)
    if pattern.isEmpty { return start }
    let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Int? in
      guard start >= 0 && start <= bytes.count else { return nil }
      return pattern.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: bytes, within: start..<bytes.count) }
    }
    if let found = utf8.withContiguousStorageIfAvailable(search) { return found }
    return Array(utf8).withUnsafeBufferPointer(search)
  }
}

/// The one exact byte search of the package: text searched as UTF-8 (`firstByteOffset`)
/// and the bytes of a page or stylesheet (`MathTypesetting`'s font rewriting).
public enum ByteSearch {
  /// The offset in `bytes` of the first occurrence of `pattern` that lies wholly inside
  /// `range`, or nil; an empty pattern is found at the range's start.
  public static func firstOffset(
    of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, within range: Range<Int>
  ) -> Int? {
    guard let first = pattern.first else { return range.lowerBound }
    guard range.lowerBound >= 0, range.upperBound <= bytes.count, range.count >= pattern.count else { return nil }
    var index = range.lowerBound
    let last = range.upperBound - pattern.count
    while index <= last {
      if bytes[index] == first {
        var matched = 1
        while matched < pattern.count && bytes[index + matched] == pattern[matched] { matched += 1 }
        if matched == pattern.count { return index }
      }
      index += 1
    }
    return nil
  }
}

/// The 64-bit Fowler–Noll–Vo hash, variant 1a: a digest that is the same on every
/// machine and run (Swift's `Hasher` is seeded per process), for input keys and
/// figure ids.
///
/// ```swift
/// var hasher = FNV1a()
/// hasher.combine("a".utf8)
/// hasher.hexDigest  // "af63dc4c8601ec8c"
/// ```
public struct FNV1a: Sendable {
  public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  public init() {}

  public mutating func combine<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    // Contiguous bytes (a native string's UTF-8) in one loop over a buffer: stepping a
    // `String.UTF8View` byte by byte took three times as long, for a figure's SVG.
    if bytes.withContiguousStorageIfAvailable({ combine(buffer: $0) }) != nil { return }
    for byte in bytes {
      value ^= UInt64(byte)
      value = value &* 0x0000_0100_0000_01B3
    }
  }

  private mutating func combine(buffer: UnsafeBufferPointer<UInt8>) {
    var v = value
    for byte in buffer {
      v ^= UInt64(byte)
      v = v &* 0x0000_0100_0000_01B3
    }
    value = v
  }

  /// The value as 16 lowercase hex digits.
  public var hexDigest: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// The digest of a string's UTF-8 bytes.
  public static func hexDigest(of text: String) -> String {
    var hasher = FNV1a()
    hasher.combine(text.utf8)
    return hasher.hexDigest
  }
}

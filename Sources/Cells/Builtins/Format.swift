import Foundation

/// `String(format:)` as Foundation defines it, for the conversions lessons use:
/// `%d %i %u %x %X %o %c %f %F %e %E %g %G %a %s %@ %%`, with flags, width and precision.
enum Format {
  /// The widest field and the longest precision a conversion may ask for: beyond this a
  /// format would only build a string too large to print (`%999999999999s`).
  static let largestField = 10_000

  static func format(_ format: String, _ args: [Value]) throws(RuntimeFailure) -> String {
    var out = ""
    var chars = Array(format)
    var i = 0
    var next = 0
    chars.append("\0")
    while i < chars.count - 1 {
      let c = chars[i]
      guard c == "%" else {
        out.append(c)
        i += 1
        continue
      }
      var spec = "%"
      i += 1
      // `%2$@`: the conversion takes the argument it numbers (from 1), as in localized formats.
      var j = i
      while chars[j].isASCII, chars[j].isNumber { j += 1 }
      if j > i, chars[j] == "$", let position = Int(String(chars[i..<j])), position >= 1 {
        next = position - 1
        i = j + 1
      }
      while "-+ #0'".contains(chars[i]) {
        spec.append(chars[i])
        i += 1
      }
      // A `*` width or precision reads the next argument, as C does.
      func field(_ name: String) throws(RuntimeFailure) -> Int? {
        if chars[i] == "*" {
          i += 1
          guard next < args.count, case .int(let n) = args[next] else {
            throw RuntimeFailure("String(format:) '*' \(name) expects an Int argument")
          }
          next += 1
          return n
        }
        var digits = ""
        while chars[i].isASCII, chars[i].isNumber {
          digits.append(chars[i])
          i += 1
        }
        if digits.isEmpty { return nil }
        return Int(digits) ?? .max
      }
      if var width = try field("width") {
        if width < 0 {
          // A negative `*` width left-justifies.
          spec.append("-")
          width = width == .min ? .max : -width
        }
        guard width <= largestField else {
          throw RuntimeFailure("String(format:) width \(width) is larger than \(largestField)")
        }
        spec += String(width)
      }
      if chars[i] == "." {
        i += 1
        let precision = try field("precision") ?? 0
        guard precision <= largestField else {
          throw RuntimeFailure("String(format:) precision \(precision) is larger than \(largestField)")
        }
        // A negative `*` precision is taken as omitted.
        if precision >= 0 { spec += "." + String(precision) }
      }
      while "hlLqjzt".contains(chars[i]) { i += 1 }  // length modifiers: values carry their size
      let conv = chars[i]
      guard conv != "\0" else {
        throw RuntimeFailure("String(format:) ends in an incomplete conversion '\(spec)'")
      }
      i += 1
      if conv == "%" {
        out.append("%")
        continue
      }
      guard next < args.count else {
        throw RuntimeFailure("String(format:) has more conversions than arguments (\(args.count))")
      }
      let arg = args[next]
      next += 1
      switch conv {
      case "d", "i", "u", "x", "X", "o", "c":
        let v: Int
        switch arg {
        case .int(let x): v = x
        case .bool(let b): v = b ? 1 : 0
        case .object(let f as FixedInt):
          // A sized integer goes to the C conversion as its own bits: a UInt64 past Int.max
          // as unsigned, a small negative one as the 32-bit int C promotes it to.
          if f.value > Int128(Int.max) {
            out += String(format: spec + "l" + String(conv), UInt64(f.value))
            continue
          }
          v =
            f.kind.bits < 64 && f.value < 0 && "uxXo".contains(conv)
            ? Int(UInt32(truncatingIfNeeded: Int(f.value))) : Int(f.value)
        default:
          throw RuntimeFailure(
            "String(format:) '%\(conv)' expects an Int, got a value of type '\(arg.typeName)'")
        }
        out += String(format: spec + "l" + String(conv), v)
      case "f", "F", "e", "E", "g", "G", "a", "A":
        let v: Double
        switch arg {
        case .double(let x): v = x
        case .object(let o as NumericArrayConvertible) where o.numericValues.count == 1: v = o.numericValues[0]
        case .float(let x): v = Double(x)
        case .int(let x): v = Double(x)
        default:
          throw RuntimeFailure(
            "String(format:) '%\(conv)' expects a Double, got a value of type '\(arg.typeName)'")
        }
        out += String(format: spec + String(conv), v)
      case "@", "s":
        let text: String
        if case .string(let s) = arg { text = s } else { text = arg.description }
        // Foundation ignores a width on `%@`; `%s` pads as C does.
        out += conv == "@" ? text : pad(text, spec: spec)
      default:
        throw RuntimeFailure("String(format:) does not know the conversion '%\(conv)'")
      }
    }
    return out
  }

  /// Width, precision and `-` for string conversions.
  private static func pad(_ text: String, spec: String) -> String {
    var body = spec.dropFirst()
    let left = body.hasPrefix("-")
    body = body.drop { $0 == "-" }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    var s = text
    if parts.count > 1, let p = Int(parts[1]) { s = String(s.prefix(p)) }
    if let w = Int(parts.first ?? ""), s.count < w {
      let fill = String(repeating: " ", count: w - s.count)
      s = left ? s + fill : fill + s
    }
    return s
  }
}

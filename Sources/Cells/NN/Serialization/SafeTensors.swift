import Foundation

/// The safetensors format (Hugging Face's, what `safetensors.torch.save_file`
/// writes): an 8-byte little-endian header length, a JSON header mapping each
/// tensor's name to its `dtype`, `shape` and `data_offsets` (begin and end, in
/// bytes, relative to the end of the header), then the raw little-endian data.
///
/// nnbook writes `F32` and `F64` tensors, and `I64` for PyTorch's integer buffer
/// `num_batches_tracked`; it reads `F16`, `BF16`, `F32`, `F64`, `I32` and `I64`.
enum SafeTensors {
  /// The bytes of a file holding `tensors`, in the order given. Names listed in
  /// `integers` are stored as `I64` (their values rounded).
  static func encode(_ tensors: [(name: String, tensor: Tensor)], integers: Set<String> = []) throws -> [UInt8] {
    var header: [String: Any] = ["__metadata__": ["format": "pt", "writer": "nnbook"]]
    var data: [UInt8] = []
    for (name, t) in tensors {
      let begin = data.count
      let dtype: String
      if integers.contains(name) {
        dtype = "I64"
        for v in t.doubles { appendLittleEndian(Int64(v.rounded()).littleEndian, to: &data) }
      } else if t.dtype == .float64 {
        dtype = "F64"
        for v in t.doubles { appendLittleEndian(v.bitPattern.littleEndian, to: &data) }
      } else {
        dtype = "F32"
        for v in t.doubles { appendLittleEndian(Float(v).bitPattern.littleEndian, to: &data) }
      }
      header[name] = ["dtype": dtype, "shape": t.shape, "data_offsets": [begin, data.count]]
    }
    var json = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])
    // Padded with spaces so the data starts 8-byte aligned, as the reference writer does.
    while (json.count % 8) != 0 { json.append(UInt8(ascii: " ")) }
    var out: [UInt8] = []
    appendLittleEndian(UInt64(json.count).littleEndian, to: &out)
    out += json
    out += data
    return out
  }

  /// The tensors of a safetensors file, in the header's data order, as `float32`
  /// or `float64` (integers and half precision become `float64`/`float32`).
  static func decode(_ bytes: [UInt8]) throws(RuntimeFailure) -> [(name: String, tensor: Tensor)] {
    guard bytes.count >= 8 else { throw RuntimeFailure("not a safetensors file: it has fewer than 8 bytes") }
    var length: UInt64 = 0
    for i in 0..<8 { length |= UInt64(bytes[i]) << (8 * UInt64(i)) }
    guard length <= UInt64(bytes.count - 8) else {
      throw RuntimeFailure("not a safetensors file: its header length (\(length)) runs past the end of the file")
    }
    let headerEnd = 8 + Int(length)
    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes[8..<headerEnd])),
      let header = object as? [String: Any]
    else { throw RuntimeFailure("not a safetensors file: its header is not a JSON object") }
    var entries: [(name: String, tensor: Tensor, begin: Int)] = []
    for (name, value) in header where name != "__metadata__" {
      guard let info = value as? [String: Any], let dtype = info["dtype"] as? String,
        let shape = (info["shape"] as? [Any])?.compactMap({ ($0 as? NSNumber)?.intValue }),
        let offsets = (info["data_offsets"] as? [Any])?.compactMap({ ($0 as? NSNumber)?.intValue }), offsets.count == 2
      else { throw RuntimeFailure("safetensors: the entry for '\(name)' is malformed") }
      let width: Int
      switch dtype {
      case "F64", "I64": width = 8
      case "F32", "I32": width = 4
      case "F16", "BF16": width = 2
      default: throw RuntimeFailure("safetensors: '\(name)' has dtype \(dtype), which nnbook cannot read")
      }
      var count = 1
      for d in shape {
        guard d >= 0 else { throw RuntimeFailure("safetensors: '\(name)' has a negative dimension") }
        let (p, overflow) = count.multipliedReportingOverflow(by: d)
        guard !overflow else { throw RuntimeFailure("safetensors: '\(name)' is too large") }
        count = p
      }
      let (begin, end) = (headerEnd + offsets[0], headerEnd + offsets[1])
      guard offsets[0] >= 0, begin <= end, end <= bytes.count, end - begin == count * width else {
        throw RuntimeFailure("safetensors: the data of '\(name)' does not match its shape \(Shape.text(shape))")
      }
      let t = Tensor(uninitializedShape: shape, dtype: dtype == "F32" || dtype.hasSuffix("16") ? .float32 : .float64)
      for i in 0..<count {
        let at = begin + i * width
        var bits: UInt64 = 0
        for k in 0..<width { bits |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
        let v: Double
        switch dtype {
        case "F64": v = Double(bitPattern: bits)
        case "F32": v = Double(Float(bitPattern: UInt32(bits)))
        case "I64": v = Double(Int64(bitPattern: bits))
        case "I32": v = Double(Int32(bitPattern: UInt32(bits)))
        case "BF16": v = Double(Float(bitPattern: UInt32(bits) << 16))
        default: v = halfToDouble(UInt16(bits))
        }
        t.storage.set(v, at: i)
      }
      entries.append((name, t, begin))
    }
    return entries.sorted { $0.begin < $1.begin }.map { ($0.name, $0.tensor) }
  }

  private static func appendLittleEndian<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
    withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
  }

  private static func halfToDouble(_ h: UInt16) -> Double {
    let sign = (h >> 15) == 1 ? -1.0 : 1.0
    let exponent = Int((h >> 10) & 0x1F)
    let fraction = Double(h & 0x3FF)
    switch exponent {
    case 0: return sign * fraction * Foundation.pow(2, -24)
    case 31: return fraction == 0 ? sign * .infinity : .nan
    default: return sign * (1 + fraction / 1024) * Foundation.pow(2, Double(exponent - 15))
    }
  }
}

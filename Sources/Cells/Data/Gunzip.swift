internal import CZlib
import Foundation

/// Inflates gzip data with zlib (used for the bundled digits).
enum Gunzip {
  static func inflate(_ compressed: [UInt8]) throws(RuntimeFailure) -> [UInt8] {
    var stream = z_stream()
    // 15 window bits + 16: expect a gzip header.
    guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw RuntimeFailure("cannot start zlib")
    }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var input = compressed
    var status: Int32 = Z_OK
    input.withUnsafeMutableBufferPointer { inBuffer in
      stream.next_in = inBuffer.baseAddress
      stream.avail_in = uInt(inBuffer.count)
      repeat {
        chunk.withUnsafeMutableBufferPointer { outBuffer in
          stream.next_out = outBuffer.baseAddress
          stream.avail_out = uInt(outBuffer.count)
          status = CZlib.inflate(&stream, Z_NO_FLUSH)
          output.append(contentsOf: outBuffer[0..<(outBuffer.count - Int(stream.avail_out))])
        }
      } while status == Z_OK
    }
    guard status == Z_STREAM_END else { throw RuntimeFailure("the bundled data is damaged (zlib status \(status))") }
    return output
  }
}

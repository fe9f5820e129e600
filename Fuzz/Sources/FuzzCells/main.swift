import Cells
import Notebook

/// libFuzzer's entry point: one input is a cell's source (as UTF-8, invalid bytes replaced).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCells(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes =
    start.map { UnsafeRawBufferPointer(start: $0, count: count) } ?? UnsafeRawBufferPointer(start: nil, count: 0)
  let source = String(decoding: bytes, as: UTF8.self)
  // A tight limit (0.3 s) so that libFuzzer gets many runs a second; the session must
  // return within it plus the grace after which it abandons uninterruptible work.
  if let failure = FuzzProperties.checkCell(source, timeout: 0.3) {
    fatalError("nnbook FuzzCells: \(failure)")
  }
  return 0
}

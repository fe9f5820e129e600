import Notebook

/// libFuzzer's entry point: one input is a lesson's bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
  if let failure = FuzzProperties.checkLesson(bytes) {
    // A broken property ends the run like a crash, so libFuzzer keeps the input.
    fatalError("nnbook FuzzDocument: \(failure.message)")
  }
  return 0
}

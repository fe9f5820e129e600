/// `seed(_:)`: restarts the lesson's generator, so every later random draw is reproducible.
extension Library {
  func registerRandom() {
    function("seed(_:)", result: .void) { rt, a in
      let s = try TensorArguments.int(a[0], "seed", "seed")
      rt.random.seed(UInt64(bitPattern: Int64(s)))
      return .void
    }
  }
}

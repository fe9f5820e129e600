/// `seed(_:)`: restarts the lesson's generator, so every later random draw is reproducible.
extension Library {
  func registerRandom() {
    function(
      Signature(
        "seed", [.positional("value", .int)], help: "Restarts the lesson's random generator, so what follows repeats"),
      result: .void
    ) { a in
      a.context.random.seed(UInt64(bitPattern: Int64(try a.int(0))))
      return .void
    }
  }
}

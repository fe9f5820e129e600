/// The sequence tasks of the course: small problems a recurrent network or a
/// Transformer solves, each with a known answer.
extension Generators {
  /// Random bits `[n, length, 1]`; the label is 1 when more than half of them are ones.
  /// A model must count over the whole sequence: what a plain RNN forgets and an LSTM keeps.
  static func majority(samples: Int, length: Int, random: NNRandom) throws(RuntimeFailure) -> Dataset {
    try Shape.checkSize([samples, length])
    let x = Tensor(uninitializedShape: [samples, length, 1], dtype: .float32)
    let y = Tensor(uninitializedShape: [samples], dtype: .float32)
    for i in 0..<samples {
      var ones = 0
      for t in 0..<length {
        let bit = random.nextUniform() < 0.5 ? 0 : 1
        ones += bit
        x.storage.set(Double(bit), at: i * length + t)
      }
      y.storage.set(2 * ones > length ? 1 : 0, at: i)
    }
    return Dataset(x: x, y: y, classes: 2, name: "majority")
  }

  /// Token ids `[n, length]` drawn from `0..<vocabulary`; the target is the same
  /// sequence reversed, `[n, length]` (one class per token).
  static func reversal(samples: Int, length: Int, vocabulary: Int, random: NNRandom) throws(RuntimeFailure) -> Dataset {
    try Shape.checkSize([samples, length, 2])
    let x = Tensor(uninitializedShape: [samples, length], dtype: .float32)
    let y = Tensor(uninitializedShape: [samples, length], dtype: .float32)
    for i in 0..<samples {
      let tokens = (0..<length).map { _ in random.nextInt(below: vocabulary) }
      for t in 0..<length {
        x.storage.set(Double(tokens[t]), at: i * length + t)
        y.storage.set(Double(tokens[length - 1 - t]), at: i * length + t)
      }
    }
    return Dataset(x: x, y: y, classes: vocabulary, name: "reversal")
  }

  /// Windows of `length` samples of sine waves with random phase and frequency,
  /// `[n, length, 1]`; the target is the next value, `[n, 1]` (a regression task).
  static func sineWave(samples: Int, length: Int, random: NNRandom) throws(RuntimeFailure) -> Dataset {
    try Shape.checkSize([samples, length])
    let x = Tensor(uninitializedShape: [samples, length, 1], dtype: .float32)
    let y = Tensor(uninitializedShape: [samples, 1], dtype: .float32)
    let step = 0.2
    for i in 0..<samples {
      let phase = 2 * Double.pi * random.nextUniform()
      let frequency = 0.5 + random.nextUniform()
      for t in 0...length {
        let v = CMath.sin(phase + frequency * step * Double(t))
        if t < length { x.storage.set(v, at: i * length + t) } else { y.storage.set(v, at: i) }
      }
    }
    return Dataset(x: x, y: y, classes: 0, name: "sine wave")
  }
}

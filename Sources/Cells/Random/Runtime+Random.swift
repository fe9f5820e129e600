import Foundation

extension Runtime {
  /// The lesson's random number generator, shared by every cell of the lesson
  /// (what `seed(_:)` resets, what `randomNormal` and the data sets draw from).
  ///
  /// Kept beside the runtime rather than in a global, so lessons running side by
  /// side (tests, `check --jobs`) do not draw from each other's sequence.
  var random: NNRandom { RandomGenerators.shared.generator(for: self) }
}

/// Each runtime's generator, created on first use.
final class RandomGenerators: @unchecked Sendable {
  static let shared = RandomGenerators()

  private struct Entry {
    weak var runtime: Runtime?
    let generator: NNRandom
  }

  private let lock = NSLock()
  private var entries: [ObjectIdentifier: Entry] = [:]

  func generator(for runtime: Runtime) -> NNRandom {
    lock.lock()
    defer { lock.unlock() }
    let key = ObjectIdentifier(runtime)
    if let entry = entries[key], entry.runtime === runtime { return entry.generator }
    // A runtime that has gone away may have left its address to this one.
    entries = entries.filter { $0.value.runtime != nil }
    let generator = NNRandom()
    entries[key] = Entry(runtime: runtime, generator: generator)
    return generator
  }
}

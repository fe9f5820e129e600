import Dispatch
import Notebook

/// A value computed on another thread, waited for where it is needed.
final class Background<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var result: Value?

  init(_ work: @escaping @Sendable () -> Value) {
    DispatchQueue.global(qos: .userInitiated).async {
      self.result = work()
      self.done.signal()
    }
  }

  /// The value, once the work is done (the first call waits for it).
  var value: Value {
    if !waited {
      done.wait()
      waited = true
    }
    return result!
  }
  private var waited = false
}

/// Pages being prepared while their lessons run (`run`), taken when the lesson is done.
final class PreparedPages: @unchecked Sendable {
  private var pending: [String: Background<HTMLRenderer.PreparedPage>] = [:]

  /// Starts preparing the page of `document` on another thread.
  func start(_ document: Document) {
    pending[document.path] = Background { HTMLRenderer.prepare(document) }
  }

  /// The prepared page of `document`, waited for; `nil` if none was started for it.
  func take(_ document: Document) -> HTMLRenderer.PreparedPage? {
    pending.removeValue(forKey: document.path)?.value
  }
}

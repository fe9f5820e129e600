enum ValidationError: Error, CustomStringConvertible {
  case empty
  case tooShort(Int)

  var description: String {
    switch self {
    case .empty: return "empty input"
    case .tooShort(let n): return "too short by \(n)"
    }
  }
}

func validate(_ s: String) throws -> String {
  if s.isEmpty { throw ValidationError.empty }
  if s.count < 5 { throw ValidationError.tooShort(5 - s.count) }
  return s.uppercased()
}

for input in ["", "abc", "hello"] {
  do {
    let v = try validate(input)
    print("ok", v)
  } catch let e as ValidationError {
    print("error:", e)
  } catch {
    print("unexpected")
  }
}

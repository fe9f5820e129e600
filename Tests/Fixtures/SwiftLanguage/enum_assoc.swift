enum Shape {
  case circle(radius: Double)
  case rect(width: Double, height: Double)

  var area: Double {
    switch self {
    case .circle(let r): return 3.0 * r * r
    case let .rect(w, h): return w * h
    }
  }
}

let shapes: [Shape] = [.circle(radius: 2), .rect(width: 3, height: 4)]
for s in shapes { print(s.area) }
if case .rect(let w, _) = shapes[1] { print("width", w) }

struct Vec {
  var x: Double
  var y: Double
  static func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
  static func * (k: Double, v: Vec) -> Vec { Vec(x: k * v.x, y: k * v.y) }
}

let v = Vec(x: 1, y: 2) + Vec(x: 3, y: 4)
print(v)
print(2 * v)

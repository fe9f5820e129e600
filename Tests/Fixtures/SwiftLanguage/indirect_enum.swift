indirect enum Expr {
  case number(Int)
  case add(Expr, Expr)
  case mul(Expr, Expr)
}

func evaluate(_ e: Expr) -> Int {
  switch e {
  case .number(let n): return n
  case .add(let a, let b): return evaluate(a) + evaluate(b)
  case .mul(let a, let b): return evaluate(a) * evaluate(b)
  }
}

let e = Expr.add(.number(2), .mul(.number(3), .number(4)))
print(evaluate(e))

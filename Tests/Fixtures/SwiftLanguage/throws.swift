enum MathError: Error {
  case divisionByZero
  case negative(Int)
}

func divide(_ a: Int, _ b: Int) throws -> Int {
  if b == 0 { throw MathError.divisionByZero }
  if a < 0 { throw MathError.negative(a) }
  return a / b
}

do {
  print(try divide(10, 2))
  print(try divide(1, 0))
} catch MathError.divisionByZero {
  print("division by zero")
} catch {
  print("other", error)
}
print((try? divide(-1, 1)) ?? -99)
print(try! divide(9, 3))

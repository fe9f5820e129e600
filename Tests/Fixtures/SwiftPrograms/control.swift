import Foundation

func classify(_ n: Int) -> String {
  switch n {
  case Int.min..<0:
    return "negative"
  case 0:
    return "zero"
  case 1...9:
    return "digit"
  default:
    return "large"
  }
}
for n in [-5, 0, 7, 42] {
  print(n, classify(n))
}
var i = 0
while i < 10 {
  i += 3
  if i == 6 { continue }
  print("i =", i)
}
repeat {
  i -= 4
} while i > 0
print("after repeat", i)
for k in 0..<20 where k % 7 == 0 {
  print("multiple of 7:", k)
}
for a in 1...3 {
  for b in 1...3 {
    if a * b == 4 {
      print("found", a, b)
      break
    }
  }
}
func firstNegative(_ xs: [Int]) -> Int? {
  for x in xs where x < 0 {
    return x
  }
  return nil
}
if let neg = firstNegative([3, -2, -8]) {
  print("first negative", neg)
}
print(firstNegative([1, 2]) ?? 0)
func describe(_ value: Int?) -> String {
  guard let v = value else {
    return "nothing"
  }
  return "value \(v)"
}
print(describe(nil), describe(4))
var total = 0
for (index, value) in [10, 20, 30].enumerated() {
  total += index * value
}
print(total)
let grade = 85
let letter: String
if grade >= 90 {
  letter = "A"
} else if grade >= 80 {
  letter = "B"
} else {
  letter = "C"
}
print(letter)

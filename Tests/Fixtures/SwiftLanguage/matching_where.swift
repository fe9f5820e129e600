enum Token {
  case number(Int)
  case op(Character)
  case space
}

let tokens: [Token] = [.number(12), .space, .op("+"), .number(7), .op("*"), .number(-3)]
var sum = 0
for case .number(let n) in tokens where n > 0 { sum += n }
print(sum)
for t in tokens {
  switch t {
  case .number(let n) where n < 0: print("negative", n)
  case .number(let n): print("number", n)
  case .op(let c): print("operator", c)
  case .space: continue
  }
}

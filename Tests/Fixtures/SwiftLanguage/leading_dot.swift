let x: Double = .pi
print(x > 3.14)
let big: Int = .max
print(big == Int.max)
let zeros: [Int] = .init(repeating: 0, count: 3)
print(zeros)

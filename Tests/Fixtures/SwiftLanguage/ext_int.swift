extension Int {
  var isEven: Bool { self % 2 == 0 }
  func squared() -> Int { self * self }
  func times(_ f: () -> Void) {
    for _ in 0..<self { f() }
  }
}

print(4.isEven, 7.isEven)
print(12.squared())
let n = 5
print(n.squared() + 1)
3.times { print("hi") }

import Foundation

for i in 1...15 {
    switch (i % 3, i % 5) {
    case (0, 0): print("FizzBuzz")
    case (0, _): print("Fizz")
    case (_, 0): print("Buzz")
    default: print(i)
    }
}
let fb = (1...15).map { n -> String in
    var s = ""
    if n % 3 == 0 { s += "Fizz" }
    if n % 5 == 0 { s += "Buzz" }
    return s.isEmpty ? String(n) : s
}
print(fb.joined(separator: ","))
let rules: [(Int, String)] = [(3, "Fizz"), (5, "Buzz"), (7, "Bazz")]
func fizz(_ n: Int) -> String {
    let words = rules.filter { n % $0.0 == 0 }.map { $0.1 }.joined()
    return words.isEmpty ? "\(n)" : words
}
print((95...105).map(fizz))
var counts = [String: Int]()
for n in 1...100 {
    let f = fizz(n)
    if Int(f) == nil { counts[f, default: 0] += 1 }
}
for (k, v) in counts.sorted(by: { $0.key < $1.key }) { print(k, v) }
print(stride(from: 10, through: 0, by: -3).map { $0 })
print(Array(stride(from: 0.0, to: 1.0, by: 0.25)))

let seq = sequence(first: 1) { $0 < 200 ? $0 * 3 : nil }
print(Array(seq))
for x in sequence(first: 10, next: { $0 > 7 ? $0 - 1 : nil }) { print(x, terminator: " ") }
print()
let gen = sequence(state: 0) { (s: inout Int) -> Int? in
    s += 1
    return s <= 4 ? s * 100 : nil
}
print(Array(gen))
print(sequence(first: 1, next: { $0 * 2 }).prefix(5).map { $0 })
print(sequence(first: 27) { $0 == 1 ? nil : ($0 % 2 == 0 ? $0 / 2 : 3 * $0 + 1) }.max()!)
let fib = sequence(state: (0, 1)) { (s: inout (Int, Int)) -> Int? in
    defer { s = (s.1, s.0 + s.1) }
    return s.0
}
print(Array(fib.prefix(10)))
print(sequence(first: "a") { $0.count < 4 ? $0 + "b" : nil }.joined(separator: ","))
let collatz = sequence(first: 27) { $0 == 1 ? nil : ($0 % 2 == 0 ? $0 / 2 : 3 * $0 + 1) }
print(collatz.count(where: { _ in true }), collatz.max()!, Array(collatz.prefix(3)))
for x in collatz.prefix(2) { print(x) }

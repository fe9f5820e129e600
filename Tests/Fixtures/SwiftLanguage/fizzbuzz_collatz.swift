for i in 1...15 {
    switch (i % 3, i % 5) {
    case (0, 0): print("FizzBuzz")
    case (0, _): print("Fizz")
    case (_, 0): print("Buzz")
    default: print(i)
    }
}

func collatz(_ start: Int) -> [Int] {
    var n = start
    var seq = [n]
    while n != 1 {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1
        seq.append(n)
    }
    return seq
}
print(collatz(27).count, collatz(27).max()!)
var longest = (start: 0, length: 0)
for s in 1..<1000 {
    let len = collatz(s).count
    if len > longest.length { longest = (s, len) }
}
print(longest)
print(longest.start, longest.length)
let squares = stride(from: 0, to: 20, by: 3).map { $0 * $0 }
print(squares)
var countdown = 3
repeat {
    print("T-\(countdown)")
    countdown -= 1
} while countdown > 0

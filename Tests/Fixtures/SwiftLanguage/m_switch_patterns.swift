func classify(_ n: Int) -> String {
    switch n {
    case Int.min..<0: return "negative"
    case 0: return "zero"
    case 1...9: return "digit"
    case 10, 20, 30: return "round"
    case let x where x % 2 == 0: return "even \(x)"
    default: return "odd"
    }
}
for n in [-5, 0, 7, 20, 44, 51] { print(n, classify(n)) }

func quadrant(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0): return "origin"
    case (_, 0): return "x-axis"
    case (0, _): return "y-axis"
    case let (x, y) where x == y: return "diagonal"
    case (1..., 1...): return "Q1"
    case (..<0, 1...): return "Q2"
    case (..<0, ..<0): return "Q3"
    default: return "Q4"
    }
}
for p in [(0, 0), (3, 0), (0, -2), (4, 4), (2, 5), (-1, 3), (-2, -9), (5, -5)] {
    print(p, quadrant(p))
}

func grade(_ score: Double) -> Character {
    switch score {
    case 90...: return "A"
    case 80..<90: return "B"
    case 70..<80: return "C"
    default: return "F"
    }
}
print([95.5, 80, 79.9, 12].map(grade))

let chars: [Character] = ["a", "Z", "5", " ", "?", "é"]
for c in chars {
    switch c {
    case "a"..."z": print(c, "lowercase ascii")
    case "A"..."Z": print(c, "uppercase ascii")
    case "0"..."9": print(c, "digit")
    case " ", "\t", "\n": print("whitespace")
    default: print(c, c.isLetter ? "other letter" : "symbol")
    }
}

var i = 0
repeat {
    i += 3
} while i < 10
print("i =", i)

outer: for row in 0..<5 {
    for col in 0..<5 {
        if col > row { continue outer }
        if row == 4 { break outer }
        print(row * 10 + col, terminator: " ")
    }
}
print()

let pairs = [(1, "one"), (2, "two"), (3, "three")]
for case let (n, name) in pairs where n != 2 { print(n, name) }
let maybe: [Int?] = [1, nil, 3, nil, 5]
for case let x? in maybe { print("got", x) }
print(maybe.compactMap { $0 }.reduce(0, +))
let value: Any = 42
switch value {
case let s as String: print("string", s)
case let n as Int where n > 40: print("big int", n)
default: print("something")
}
let status = (code: 404, message: "Not Found")
switch status {
case (200..<300, _): print("ok")
case (400..<500, let msg): print("client error:", msg)
default: print("other")
}
var n = 27, steps = 0
while n != 1 {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1
    steps += 1
}
print("collatz steps", steps)
let x = 5
let described = switch x {
case 0: "none"
case 1...3: "few"
default: "many"
}
print(described)
let sign = if x > 0 { "+" } else if x < 0 { "-" } else { "0" }
print(sign)

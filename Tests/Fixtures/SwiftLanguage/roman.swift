func toRoman(_ number: Int) -> String {
    let values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
    let symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]
    var n = number
    var result = ""
    for (i, v) in values.enumerated() {
        while n >= v {
            result += symbols[i]
            n -= v
        }
    }
    return result
}

func fromRoman(_ s: String) -> Int {
    let map: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
    var total = 0
    var prev = 0
    for ch in s.reversed() {
        guard let v = map[ch] else { continue }
        if v < prev { total -= v } else { total += v; prev = v }
    }
    return total
}

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
    let r = toRoman(n)
    print("\(n) -> \(r) -> \(fromRoman(r))")
}

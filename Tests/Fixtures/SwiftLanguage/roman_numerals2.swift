extension Int {
    var romanNumeral: String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = self
        var out = ""
        for (value, letters) in table {
            while n >= value {
                out += letters
                n -= value
            }
        }
        return out
    }
}
func fromRoman(_ s: String) -> Int? {
    let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
    var total = 0
    var prev = 0
    for ch in s.reversed() {
        guard let v = values[ch] else { return nil }
        if v < prev { total -= v } else { total += v; prev = v }
    }
    return total
}
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
    let r = n.romanNumeral
    print("\(n) -> \(r) -> \(fromRoman(r) ?? -1)")
}
print(fromRoman("MMXZ") as Any)
print(fromRoman("XLII"))

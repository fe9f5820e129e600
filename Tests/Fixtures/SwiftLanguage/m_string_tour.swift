import Foundation
let s = "The Swift Programming Language"
print(s.count, s.lowercased(), s.uppercased())
print(s.split(separator: " ").map { String($0.reversed()) }.joined(separator: " "))
print(s.contains("Swift"), s.starts(with: "The"), s.firstIndex(of: "S").map { s.distance(from: s.startIndex, to: $0) } ?? -1)
let words = s.split(separator: " ")
print(words.count, words.last!, words.map { $0.count })
let acronym = words.compactMap { $0.first }.map(String.init).joined()
print(acronym)
var t = "hello"
t.append(" world")
t += "!"
t.insert(",", at: t.index(t.startIndex, offsetBy: 5))
print(t, t.count)
t.removeLast()
t.remove(at: t.startIndex)
print(t, t.first!, t.last!)
let multi = """
    Line one
      Line two indented
    Line three
    """
print(multi)
for (i, line) in multi.split(separator: "\n").enumerated() { print(i, line.trimmingPrefix(" ")) }
let num = "  42  "
print(Int(num) as Any, Int(num.filter { !$0.isWhitespace }) ?? 0)
print("abc" < "abd", "Zebra" < "apple", "a".compare("b") == .orderedAscending)
let chars: [Character] = ["S", "w", "i", "f", "t"]
print(String(chars), chars.map { $0.isUppercase })
let emoji = "café 👋🏽"
print(emoji.count, emoji.unicodeScalars.count, emoji.utf8.count, emoji.reversed().first!)
print(String(repeating: "=-", count: 5), "x".padding(toLength: 1, withPad: " ", startingAt: 0))
let csv = "name,age,city\nann,31,paris\nbob,27,rome"
let rows = csv.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
let header = rows[0]
for row in rows.dropFirst() {
    print(zip(header, row).map { "\($0)=\($1)" }.joined(separator: " "))
}
print("Swift".map { $0 }, "a-b-c".split(separator: "-", maxSplits: 1))
let d = 3.14159
print("\(d)", String(d), "\(Int(d))", "\(d * 2)", "\(1e10)", "\(0.1 + 0.2)", "\(Float(1) / 3)", "\(100.0)")
print(1_000_000, 2.5e-3, Double.pi, Float.pi, -0.0, 1.0 / 0, Double.nan.isNaN)

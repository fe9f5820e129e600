import Foundation
let s = "Hello, Wörld! 123 ☃️"
print(s.count, s.utf8.count, s.unicodeScalars.count, s.utf16.count)
for ch in "aZ5 _!é" {
    print(ch, ch.isLetter, ch.isUppercase, ch.isLowercase, ch.isNumber, ch.isWhitespace, ch.isPunctuation, ch.isASCII, ch.asciiValue as Any)
}
print(Character("a").asciiValue!, Character(UnicodeScalar(66)), String(UnicodeScalar(UInt8(67))))
print(Character("7").wholeNumberValue!, Character("f").hexDigitValue!, Character("x").isHexDigit, Character("F").isHexDigit)
print(Character("a").uppercased(), "ß".uppercased(), Character("Q").lowercased())
func caesar(_ text: String, shift: Int) -> String {
    String(text.map { ch -> Character in
        guard let a = ch.asciiValue, ch.isLetter else { return ch }
        let base: UInt8 = ch.isUppercase ? 65 : 97
        return Character(UnicodeScalar(base + UInt8((Int(a - base) + shift + 26) % 26)))
    })
}
let secret = caesar("Attack at Dawn!", shift: 3)
print(secret, caesar(secret, shift: -3))
let scalars = "abc".unicodeScalars.map { $0.value }
print(scalars, "abc".utf8.map { $0 }, Array("hi".utf8))
print(String(decoding: [72, 105], as: UTF8.self))
let reversedWords = "the sky is blue".split(separator: " ").reversed().joined(separator: " ")
print(reversedWords)
print(String("racecar".reversed()) == "racecar", String(s.reversed().prefix(4)))
var m = "mutable"
m.append("!")
m.append(contentsOf: "??")
m.insert("-", at: m.startIndex)
m.remove(at: m.index(before: m.endIndex))
m += String(repeating: "ab", count: 3)
print(m, m.count)
m.removeFirst(2)
m.removeLast()
print(m, m.uppercased(), m.lowercased())
if let r = m.range(of: "able") {
    m.replaceSubrange(r, with: "ABLE")
}
print(m)
print("a-b-c".replacingOccurrences(of: "-", with: "+"), "x".isEmpty, "".isEmpty)
let digits = "a1b2c3".filter { $0.isNumber }
print(digits, Int(digits)! + 1, "a1b2c3".compactMap { $0.wholeNumberValue }.reduce(0, +))
print("abc" < "abd", "Z" < "a", "apple".compare("banana") == .orderedAscending)
print("hello".firstIndex(of: "l").map { "hello".distance(from: "hello".startIndex, to: $0) } as Any)
let str = "abcdef"
let i2 = str.index(str.startIndex, offsetBy: 2)
let i4 = str.index(i2, offsetBy: 2)
print(str[i2], str[i2..<i4], str[...i2], str[i4...], str.index(str.endIndex, offsetBy: -1) == str.index(before: str.endIndex))
print(str.index(str.startIndex, offsetBy: 10, limitedBy: str.endIndex) == nil)
print(Array(str), str.map(String.init), str.enumerated().map { "\($0.offset)\($0.element)" }.joined())
print("ab".flatMap { [$0, $0] }, String("ab".flatMap { [$0, $0] }))
print("Mississippi".filter { $0 == "s" }.count, Set("Mississippi").count, "Mississippi".lowercased().sorted())
print("tab\there", "quote\"q\"", "back\\slash", "nl:\\n")
let multi = """
    indented
      more
    done
    """
print(multi)
print("x=\(1 + 2), y=\([1, 2]), z=\("s"), w=\(Optional(1) as Any)")
print(#"raw \n string \(no)"#)
let num = 42

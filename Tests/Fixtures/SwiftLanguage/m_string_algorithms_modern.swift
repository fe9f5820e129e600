import Foundation
let text = "The rain in Spain stays mainly in the plain"
print(text.replacing("ain", with: "AIN"))
print(text.ranges(of: "ain").count, text.firstRange(of: "Spain").map { text[$0] } ?? "none")
print(text.split(separator: "in").count, text.split(separator: " in ").map(String.init))
print(text.lastIndex(of: "a").map { text.distance(from: text.startIndex, to: $0) } ?? -1)
print(text.prefix(upTo: text.firstIndex(of: " ")!), text.suffix(from: text.lastIndex(of: " ")!))
print(text.trimmingPrefix("The "), text.starts(with: "The"), text.uppercased().hasPrefix("THE R"))
print(UInt8(ascii: "a"), Character(Unicode.Scalar(65)), Unicode.Scalar(97)!.value, String(Unicode.Scalar(98)!))
let word = "Hello"
let shifted = String(word.unicodeScalars.map { Character(Unicode.Scalar($0.value + 1)!) })
print(shifted)
print(word.utf16.count, word.utf8.first!, word.unicodeScalars.last!)
var s = "abc"
s.insert(contentsOf: "XYZ", at: s.index(after: s.startIndex))
print(s)
s.removeSubrange(s.index(s.startIndex, offsetBy: 1)..<s.index(s.startIndex, offsetBy: 3))
print(s)
print(s.firstIndex(where: { $0.isUppercase }).map { s[$0] } as Any)
let csv = "name,age,city\nAnn,30,Oslo\nBob,25,Rome"
let rows = csv.components(separatedBy: "\n").map { $0.components(separatedBy: ",") }
let header = rows[0]
for row in rows.dropFirst() {
    print(zip(header, row).map { "\($0)=\($1)" }.joined(separator: "; "))
}
print("x".compare("y") == .orderedAscending, "apple".caseInsensitiveCompare("APPLE") == .orderedSame)
print("Hello World".lowercased().split(separator: " ").map { $0.capitalized })
print("snake_case_name".split(separator: "_").enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }.joined())
let sentence = "  lots   of   space  "
print(sentence.split(separator: " ").joined(separator: " "), "|\(sentence.trimmingCharacters(in: .whitespaces))|")
print(String(repeating: "-=", count: 5), String(repeating: Character("*"), count: 3))
print("abc".contains(where: { $0 == "b" }), "abc".allSatisfy(\.isLetter), "a1".allSatisfy(\.isLetter))
print("%d%%".count, "tab\tend".count, "e\u{301}".count, "🇳🇴".count, "👍🏽".unicodeScalars.count)
let n = 255
print(String(n, radix: 2), String(n, radix: 16).uppercased(), String(format: "%08b" == "" ? "" : "%o", n))
print(Int("0x1F".dropFirst(2), radix: 16)!, Int("-42")!, Int("+7")!, Int(" 5") as Any)
print("a" + String(3) + "b" + "\(2.5)")

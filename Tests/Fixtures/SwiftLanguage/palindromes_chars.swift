func isPalindrome(_ s: String) -> Bool {
    let chars = s.lowercased().filter { $0.isLetter || $0.isNumber }
    return chars == String(chars.reversed())
}
let samples = ["A man, a plan, a canal: Panama", "race a car", "No 'x' in Nixon", "Was it a car or a cat I saw?", ""]
for s in samples {
    print("\"\(s)\" -> \(isPalindrome(s))")
}
func longestPalindrome(_ s: String) -> Substring {
    let a = Array(s)
    var best = (0, 0)
    for center in 0..<(2 * a.count - 1) {
        var l = center / 2, r = l + center % 2
        while l >= 0 && r < a.count && a[l] == a[r] { l -= 1; r += 1 }
        if r - l - 1 > best.1 - best.0 { best = (l + 1, r) }
    }
    let start = s.index(s.startIndex, offsetBy: best.0)
    let end = s.index(s.startIndex, offsetBy: best.1)
    return s[start..<end]
}
print(longestPalindrome("babadracecarxyz"))
print(longestPalindrome("forgeeksskeegfor"))
let word = "Swift Programming"
let upper = word.filter { $0.isUppercase }
let letters = word.filter(\.isLetter).count
print(upper, letters)
var freq: [Character: Int] = [:]
for c in word.lowercased() where c != " " { freq[c, default: 0] += 1 }
let common = freq.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(3)
print(common.map { "\($0.key)\($0.value)" }.joined(separator: " "))
let caps = word.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
print(caps)
print(word.uppercased(), word.count, word.hasPrefix("Sw"), word.hasSuffix("ing"))
if let idx = word.firstIndex(of: "P") {
    print(word[idx...], word.distance(from: word.startIndex, to: idx))
}
let ascii = word.unicodeScalars.filter { $0.isASCII }.map { $0.value }.prefix(5)
print(Array(ascii))
print(Character("a").asciiValue!, Character("7").isNumber, Character(" ").isWhitespace)

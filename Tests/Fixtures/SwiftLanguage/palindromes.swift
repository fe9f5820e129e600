func isPalindrome(_ s: String) -> Bool {
    let chars = s.lowercased().filter { $0.isLetter || $0.isNumber }
    return chars == String(chars.reversed())
}

func longestPalindrome(_ s: String) -> String {
    let chars = Array(s)
    guard chars.count > 1 else { return s }
    var start = 0
    var maxLen = 1
    func expand(_ l: Int, _ r: Int) {
        var l = l, r = r
        while l >= 0 && r < chars.count && chars[l] == chars[r] {
            l -= 1
            r += 1
        }
        if r - l - 1 > maxLen {
            maxLen = r - l - 1
            start = l + 1
        }
    }
    for i in 0..<chars.count {
        expand(i, i)
        expand(i, i + 1)
    }
    return String(chars[start..<start + maxLen])
}

let tests = ["A man, a plan, a canal: Panama", "race a car", "Was it a car or a cat I saw?", ""]
for t in tests {
    print("\"\(t)\" -> \(isPalindrome(t))")
}
print(longestPalindrome("babad"))
print(longestPalindrome("forgeeksskeegfor"))
let word = "level"
print(word.first!, word.last!, word.count)
print(word.uppercased(), word.hasPrefix("le"), word.hasSuffix("el"))

func caesar(_ text: String, shift: Int) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
        let v = scalar.value
        if v >= 65 && v <= 90 {
            let shifted = (Int(v) - 65 + shift % 26 + 26) % 26 + 65
            result.append(Character(UnicodeScalar(UInt8(shifted))))
        } else if v >= 97 && v <= 122 {
            let shifted = (Int(v) - 97 + shift % 26 + 26) % 26 + 97
            result.append(Character(UnicodeScalar(UInt8(shifted))))
        } else {
            result.append(Character(scalar))
        }
    }
    return result
}

let message = "The quick brown fox jumps over the lazy dog!"
let encrypted = caesar(message, shift: 3)
print(encrypted)
print(caesar(encrypted, shift: -3))

func rot13(_ s: String) -> String {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    return String(s.map { ch -> Character in
        let lower = Character(ch.lowercased())
        if let i = letters.firstIndex(of: lower) {
            let out = letters[(i + 13) % 26]
            return ch.isUppercase ? Character(out.uppercased()) : out
        }
        return ch
    })
}
print(rot13("Hello, World"))
print(rot13(rot13("Hello, World")))

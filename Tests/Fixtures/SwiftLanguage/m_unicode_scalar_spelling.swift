let shifted = String("abcxyz".unicodeScalars.map { s -> Character in
    let v = (s.value - 97 + 3) % 26 + 97
    return Character(Unicode.Scalar(v)!)
})
print(shifted)
let u: Unicode.Scalar = "x"
print(u, u.value, String(Unicode.Scalar(UInt8(100))))
let scalars: [Unicode.Scalar] = ["a", "b"]
print(scalars.map { $0.value })

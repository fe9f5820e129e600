let s = "Hello, world"
let i = s.index(s.startIndex, offsetBy: 7)
print(s[i])
print(s[s.startIndex..<i])

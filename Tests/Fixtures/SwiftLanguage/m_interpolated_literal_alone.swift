let a = "b" + "\(2.5)"
print(a)
let b = "a" + String(3) + "b"
print(b)
let c = "a" + String(3) + "b" + "\(2.5)"
print(c)

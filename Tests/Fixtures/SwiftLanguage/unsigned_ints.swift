let a: UInt8 = 250
let b = a &+ 10
print(b)
let mask: UInt32 = 0xFF00
print(mask >> 8, mask & 0x0F00)

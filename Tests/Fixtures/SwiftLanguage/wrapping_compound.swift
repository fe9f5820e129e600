// Hashing and checksums with wrapping compound assignments and shifts.
func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf29ce484222325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash &*= 0x100000001b3
    }
    return hash
}

func djb2(_ text: String) -> Int {
    var hash = 5381
    for byte in text.utf8 {
        hash = (hash << 5) &+ hash &+ Int(byte)
    }
    return hash
}

var checksum: UInt8 = 0
for value in [200, 100, 57, 3] {
    checksum &+= UInt8(value)
}
print("checksum:", checksum)

var countdown: UInt8 = 2
countdown &-= 5
print("countdown:", countdown)

var flags = 0b1010
flags |= 0b0101
flags &= 0b1100
flags ^= 0b0001
flags <<= 3
flags >>= 1
print("flags:", flags, String(flags, radix: 2))

var big = Int.max
big &+= 1
print("wrapped:", big == Int.min)

for word in ["", "a", "neural", "network"] {
    print(word, fnv1a(word), djb2(word))
}

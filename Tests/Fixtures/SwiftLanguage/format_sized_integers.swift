import Foundation

// Hashes and checksums are printed in hex with String(format:), whatever their integer type.
var hash: UInt32 = 2166136261
for byte in "checksum".utf8 {
    hash ^= UInt32(byte)
    hash = hash &* 16777619
}
print(String(format: "%08X", hash), String(format: "%x", hash))
let wide: UInt64 = 0xcbf29ce484222325
print(String(format: "%lu", wide))
let minusOne: Int8 = -1
let byte: UInt8 = 200
print(String(format: "%d %X %u %5d|", minusOne, minusOne, byte, byte))
// Seven arguments in one call.
print(String(format: "%d-%d-%d %02d:%02d:%02d %@", 2026, 11, 30, 9, 5, 7, "UTC"))

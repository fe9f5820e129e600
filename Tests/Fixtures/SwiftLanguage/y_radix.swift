// Number bases: parsing and printing binary, octal and hexadecimal text.
let colors = ["ff8800", "00ff7f", "zz0000", "123"]
for hex in colors {
    if let rgb = UInt32(hex, radix: 16) {
        let r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff
        print(hex, "->", r, g, b)
    } else {
        print(hex, "is not a colour")
    }
}
let bits = ["101", "1111", "102", "-11"]
print(bits.map { Int($0, radix: 2) })
print(bits.compactMap { Int8($0, radix: 2) })
print(UInt8("ff", radix: 16) as Any, UInt8("100", radix: 16) as Any)
print(Int16("-7fff", radix: 16)!, Int16("8000", radix: 16) as Any)
print(UInt64("ffffffffffffffff", radix: 16)!)
print(Int("z", radix: 36)!, Int("777", radix: 8)!)
for n in [0, 5, 255, 4096] {
    let binary = String(n, radix: 2)
    let padded = String(repeating: "0", count: max(0, 8 - binary.count)) + binary
    print(n, padded, String(n, radix: 16), String(n, radix: 16, uppercase: true), String(n, radix: 8))
}
let roundTrip = String(UInt32("c0ffee", radix: 16)!, radix: 16)
print(roundTrip, roundTrip == "c0ffee")

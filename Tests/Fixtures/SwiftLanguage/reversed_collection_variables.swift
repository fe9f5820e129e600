// `let r = xs.reversed()` holds Swift's lazy ReversedCollection: printing it shows the view,
// using it (loops, map, Array, String) gives the reversed elements.
func binaryDigits(_ n: Int) -> [Int] {
    var digits: [Int] = []
    var n = n
    repeat {
        digits.append(n % 2)
        n /= 2
    } while n > 0
    return digits
}
let bits = binaryDigits(11).reversed()
print(bits)
print(Array(bits), bits.map { String($0) }.joined())
var value = 0
for bit in bits {
    value = value * 2 + bit
}
print(value, bits.count, bits.first!)

let word = "stressed"
let backwards = word.reversed()
print(backwards)
print(String(backwards))
debugPrint(backwards)
let names = ["Ada", "Grace", "Linus"].reversed()
print(names.joined(separator: " < "))
let asArray: [String] = ["Ada", "Grace"].reversed()
print(asArray)
print([3, 2, 1].reversed())

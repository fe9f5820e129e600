extension Int {
    init(bits: [Int]) { self = bits.reduce(0) { $0 * 2 + $1 } }
}
extension Double {
    init(fahrenheit f: Double) { self = (f - 32) * 5 / 9 }
}
extension String {
    init(hex n: Int) { self = String(n, radix: 16) }
    init(row cells: [Character]) { self = String(cells) }
}
print(Int(bits: [1, 0, 1, 1]), Double(fahrenheit: 212), Double(fahrenheit: 32.0) + 1, String(hex: 255), String(row: ["a", "b"]))
print(Int("42")!, Double(3), String(7), Int(bits: []))
let temps = [212.0, 98.6].map { Double(fahrenheit: $0) }
print(temps)

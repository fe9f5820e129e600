import Foundation
let xs = [5, 3, 8, 1]
print(xs.sorted().lazy.map { $0 * 2 }.reduce(0, +))
print(xs.indices.map { $0 })
print(xs.enumerated().max { $0.element < $1.element }!.offset)
let s = "Hello, World"
print(s.filter { $0.isUppercase }, s.lowercased().filter(\.isLetter).count)
print(Array(s.reversed()).prefix(3))
print(String(s.reversed()))
print(s.components(separatedBy: ", "))
var counts: [Character: Int] = [:]
for ch in s where ch.isLetter { counts[ch, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.prefix(3).map { "\($0.key)\($0.value)" })
print(xs.map(String.init).joined(separator: ","))
print((1...5).reduce(1, *), xs.min()!, xs.firstIndex(of: 8) ?? -1)
let nested = [[1, 2], [3], []]
print(nested.joined().map { $0 }, nested.flatMap { $0 }.count)
print(xs.sorted(by: >), xs.last!, xs.dropFirst().first!)
print(Int.max.description.count, (-7).magnitude, abs(-3))

let squares = (1...).lazy.map { $0 * $0 }.filter { $0 % 2 == 1 }
print(Array(squares.prefix(5)))
print(squares.first { $0 > 50 }!)
print(Array((10...).lazy.compactMap { $0 % 3 == 0 ? "n\($0)" : nil }.prefix(3)))
let evens = (0...).lazy.filter { $0.isMultiple(of: 2) }
print(Array(evens.prefix(4)), Array(evens.prefix(2)))
let words = ["a", "bb", "ccc"].lazy.map { $0.count }
print(Array(words))

// A tiny line editor: cut, paste and overwrite ranges of a buffer.
struct Buffer {
    var lines: [String]
    mutating func cut(_ range: Range<Int>) -> [String] {
        let removed = Array(lines[range])
        lines.removeSubrange(range)
        return removed
    }
    mutating func overwrite(_ range: ClosedRange<Int>, with new: [String]) {
        lines.replaceSubrange(range.lowerBound..<(range.upperBound + 1), with: new)
    }
}

var buffer = Buffer(lines: ["alpha", "beta", "gamma", "delta", "epsilon"])
buffer.lines.reserveCapacity(16)
let clipboard = buffer.cut(1..<3)
print(clipboard, buffer.lines)
buffer.overwrite(0...1, with: clipboard + ["zeta"])
print(buffer.lines)
var word = "unbelievable"
word.removeSubrange(word.startIndex..<word.index(word.startIndex, offsetBy: 2))
print(word)
var digits = Array(0...9)
digits.replaceSubrange(3..<7, with: [])
digits.removeSubrange(0..<1)
print(digits, digits.count)

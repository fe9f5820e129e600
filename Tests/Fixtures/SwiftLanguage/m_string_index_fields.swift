// A scanner that keeps its position as a String.Index in a stored property.
struct Scanner {
    let text: String
    var position: String.Index

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    var isAtEnd: Bool { position == text.endIndex }

    mutating func next() -> Character? {
        guard position < text.endIndex else { return nil }
        let c = text[position]
        position = text.index(after: position)
        return c
    }

    mutating func number() -> Int? {
        var digits = ""
        while let c = peek(), c.isNumber {
            digits.append(c)
            _ = next()
        }
        return Int(digits)
    }

    func peek() -> Character? {
        isAtEnd ? nil : text[position]
    }
}

var scanner = Scanner("12+345")
let first = scanner.number()
let op = scanner.next()
let second = scanner.number()
print(first!, op!, second!, scanner.isAtEnd)
let word = "swift"
let middle: String.Index = word.index(word.startIndex, offsetBy: 2)
print(word[middle], word[..<middle], word[middle...])

import Foundation

// A CharacterSet's contains(_:) takes one Unicode scalar.
let text = "Route 66, exit #9b!"
let digits = CharacterSet.decimalDigits
let keep = CharacterSet.alphanumerics
let kept = text.filter { ch in ch.unicodeScalars.allSatisfy { keep.contains($0) } }
let digitCount = text.unicodeScalars.filter { digits.contains($0) }.count
let spaces = text.unicodeScalars.filter { CharacterSet.whitespaces.contains($0) }.count
print(kept, digitCount, spaces)
print(keep.contains("x"), digits.contains("x"), CharacterSet.punctuationCharacters.contains("!"))

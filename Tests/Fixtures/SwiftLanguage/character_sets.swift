import Foundation

// Tokenizing text with Foundation's character sets, as text-processing tutorials do.
let review = "Great product!!! 10/10, would buy again... (Really.)"
let tokens = review.components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }
print(tokens)
let digitsOnly = review.components(separatedBy: CharacterSet.decimalDigits.inverted).joined()
print(digitsOnly)
let trimmed = "  ...hello, world!!  ".trimmingCharacters(in: CharacterSet.whitespaces)
print("[\(trimmed)]")
print("[\(trimmed.trimmingCharacters(in: .punctuationCharacters))]")
let doubleInverted = "abc123".components(separatedBy: CharacterSet.letters.inverted.inverted)
print(doubleInverted)

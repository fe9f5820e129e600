import Foundation
let text = "The Dog barks at the dog"
print(text.range(of: "DOG", options: .caseInsensitive) != nil, text.range(of: "DOG") == nil)
if let r = text.range(of: "dog", options: [.caseInsensitive, .backwards]) { print(text[r], text.distance(from: text.startIndex, to: r.lowerBound)) }
if let r = text.range(of: "the", options: .caseInsensitive) { print(text[..<r.upperBound]) }

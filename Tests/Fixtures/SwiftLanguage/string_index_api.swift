import Foundation
let greeting = "Hello, playground"
let start = greeting.startIndex
let fifth = greeting.index(start, offsetBy: 4)
print(greeting[fifth])
let end = greeting.index(greeting.endIndex, offsetBy: -1)
print(greeting[end])
if let comma = greeting.firstIndex(of: ",") {
    let head = greeting[..<comma]
    print(head)
    let tail = greeting[greeting.index(after: comma)...]
    print(String(tail).trimmingCharacters(in: .whitespaces))
}
let range = greeting.index(start, offsetBy: 7)..<greeting.endIndex
print(greeting[range])
print(String(greeting.prefix(5)), String(greeting.suffix(4)))
print(greeting.distance(from: start, to: fifth))
var s = "abc"
s.insert("X", at: s.index(s.startIndex, offsetBy: 1))
print(s)
s.remove(at: s.startIndex)
print(s)
if let i = greeting.lastIndex(of: "o") {
    print(greeting.distance(from: greeting.startIndex, to: i))
}

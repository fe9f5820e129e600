import Foundation

// A genetic algorithm's genes are bytes; the fittest is shown as a string again.
let target = "HELLO"
let genes: [UInt8] = Array(target.utf8)
var mutated = genes
mutated[1] = mutated[1] &+ 1
print(String(bytes: genes, encoding: .utf8)!)
print(String(bytes: mutated, encoding: .utf8) ?? "?")
print(String(decoding: mutated.reversed(), as: UTF8.self))
let invalid: [UInt8] = [0x48, 0xFF]
print(String(bytes: invalid, encoding: .utf8) == nil)
print(String(decoding: [104, 105], as: UTF8.self).count)

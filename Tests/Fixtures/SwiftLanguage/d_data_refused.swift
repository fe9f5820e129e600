import Foundation

// Run-length encoding over Foundation's Data: nnbook refuses Data by name.
let data = Data([1, 1, 1, 2, 3, 3])
var runs: [(UInt8, Int)] = []
for byte in data {
    if let last = runs.last, last.0 == byte {
        runs[runs.count - 1].1 += 1
    } else {
        runs.append((byte, 1))
    }
}
print(runs.map { "\($0.0)x\($0.1)" }.joined(separator: " "))

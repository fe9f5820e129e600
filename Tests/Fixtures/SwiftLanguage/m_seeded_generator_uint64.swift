import Foundation
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
    mutating func nextDouble() -> Double { Double(next() >> 11) * 0x1.0p-53 }
    mutating func nextInt(_ upper: Int) -> Int { Int(next() % UInt64(upper)) }
}

var rng = SplitMix64(seed: 42)
print((0..<5).map { _ in rng.next() % 100 })
print((0..<3).map { _ in String(format: "%.4f", rng.nextDouble()) })
var counts = [Int](repeating: 0, count: 6)
for _ in 0..<6000 { counts[rng.nextInt(6)] += 1 }
print(counts, counts.reduce(0, +))

struct Customer { let id: Int; let arrival: Int; let service: Int }
var queue: [Customer] = []
var clock = 0, served = 0, totalWait = 0, maxQueue = 0
var busyUntil = 0
var nextId = 1
for minute in 0..<120 {
    clock = minute
    if rng.nextInt(10) < 3 {
        queue.append(Customer(id: nextId, arrival: minute, service: 1 + rng.nextInt(5)))
        nextId += 1
    }
    maxQueue = max(maxQueue, queue.count)
    if busyUntil <= minute, !queue.isEmpty {
        let c = queue.removeFirst()
        totalWait += minute - c.arrival
        busyUntil = minute + c.service
        served += 1
    }
}
print("served \(served) of \(nextId - 1), waiting \(queue.count), max queue \(maxQueue)")
print(String(format: "average wait %.2f minutes", Double(totalWait) / Double(max(served, 1))))
var h: UInt32 = 2166136261
for byte in "hello world".utf8 {
    h ^= UInt32(byte)
    h = h &* 16777619
}
print("fnv1a:", h, String(h, radix: 16))
var x: UInt16 = 0xACE1
var bits: [UInt16] = []
for _ in 0..<5 {
    let bit = ((x >> 0) ^ (x >> 2) ^ (x >> 3) ^ (x >> 5)) & 1
    x = (x >> 1) | (bit << 15)
    bits.append(x)
}
print(bits)
let a: Int8 = 100
print(a &+ 100, a.addingReportingOverflow(100), Int8.max.multipliedReportingOverflow(by: 2).overflow)
print(UInt8(200) &* 3, UInt32.max &+ 2, Int64.min &- 1 == Int64.max)
print((-7) / 2, (-7) % 2, (-7).quotientAndRemainder(dividingBy: 2), 7.0 / -2)
print(abs(Int.min + 1), Int.max.description.count, UInt.max)

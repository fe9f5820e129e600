struct LCG {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }
    mutating func next(upTo n: Int) -> Int {
        Int(next() % UInt64(n))
    }
}

struct Customer {
    let id: Int
    let arrival: Int
    let service: Int
}

var rng = LCG(state: 42)
var queue: [Customer] = []
var clock = 0
for id in 1...8 {
    clock += rng.next(upTo: 5)
    queue.append(Customer(id: id, arrival: clock, service: 1 + rng.next(upTo: 6)))
}

var tellerFree = 0
var totalWait = 0
var maxWait = 0
for c in queue {
    let start = max(tellerFree, c.arrival)
    let wait = start - c.arrival
    totalWait += wait
    maxWait = max(maxWait, wait)
    tellerFree = start + c.service
    print("Customer \(c.id): arrives \(c.arrival), waits \(wait), leaves \(tellerFree)")
}
let avg = Double(totalWait) / Double(queue.count)
print("Average wait: \(avg)")
print("Max wait: \(maxWait)")
print(rng.state)
var r2 = LCG(state: 0)
print((0..<5).map { _ in r2.next() % 100 })

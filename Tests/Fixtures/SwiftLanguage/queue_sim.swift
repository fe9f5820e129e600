struct Customer { let id: Int; let arrival: Int; let service: Int }
var queue: [Customer] = []
var clock = 0, served = 0, totalWait = 0
let arrivals = [(0, 3), (1, 2), (2, 4), (6, 1), (7, 2)]
for (i, a) in arrivals.enumerated() { queue.append(Customer(id: i + 1, arrival: a.0, service: a.1)) }
while !queue.isEmpty {
    let c = queue.removeFirst()
    clock = max(clock, c.arrival)
    let wait = clock - c.arrival
    totalWait += wait
    clock += c.service
    served += 1
    print("customer \(c.id) waited \(wait), done at \(clock)")
}
print("average wait: \(Double(totalWait) / Double(served))")

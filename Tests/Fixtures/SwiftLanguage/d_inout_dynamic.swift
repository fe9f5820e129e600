// Bucket sort with a distributor chosen at run time: a protocol method taking an
// inout array, and a collection extension that moves an index through inout.
protocol Distributor {
    func distribute(_ value: Int, into buckets: inout [[Int]])
}

struct RangeDistributor: Distributor {
    let width: Int
    func distribute(_ value: Int, into buckets: inout [[Int]]) {
        let i = min(value / width, buckets.count - 1)
        buckets[i].append(value)
    }
}

struct ModDistributor: Distributor {
    func distribute(_ value: Int, into buckets: inout [[Int]]) {
        buckets[value % buckets.count].append(value)
    }
}

func bucketSort(_ values: [Int], count: Int, using d: Distributor) -> [[Int]] {
    var buckets = [[Int]](repeating: [], count: count)
    for v in values { d.distribute(v, into: &buckets) }
    return buckets
}

let data = [29, 3, 17, 42, 8, 35, 11]
let distributors: [Distributor] = [RangeDistributor(width: 15), ModDistributor()]
for d in distributors {
    print(bucketSort(data, count: 3, using: d))
}

extension Array where Element: Equatable {
    func skipRun(after i: inout Int) {
        let start = self[i]
        while i < count && self[i] == start { i += 1 }
    }
}

func runs<T: Equatable>(_ xs: [T]) -> Int {
    var n = 0
    var i = 0
    let copy = xs
    while i < copy.count {
        copy.skipRun(after: &i)
        n += 1
    }
    return n
}
print(runs([1, 1, 2, 2, 2, 3, 1]), runs(["a", "a"]))

struct Counter {
    var total = 0
    mutating func add(_ x: Int, log: inout [String]) {
        total += x
        log.append("+\(x)")
    }
}
var items: [Any] = [Counter()]
var log: [String] = []
if var c = items[0] as? Counter {
    c.add(5, log: &log)
    c.add(2, log: &log)
    print(c.total, log)
}

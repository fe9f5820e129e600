import Foundation
let readings: [String: [Double]] = ["Mon": [12.5, 14.0, 9.8], "Tue": [15.2, 17.1], "Wed": [8.0, 7.5, 10.1, 9.9]]
for day in ["Mon", "Tue", "Wed"] {
    guard let r = readings[day] else { continue }
    let avg = r.reduce(0, +) / Double(r.count)
    let sorted = r.sorted()
    let median = sorted.count % 2 == 0 ? (sorted[sorted.count/2 - 1] + sorted[sorted.count/2]) / 2 : sorted[sorted.count/2]
    print(day, avg, median, r.max()!, r.min()!)
}
let all = readings.values.flatMap { $0 }
print(all.count, (all.reduce(0, +) * 100).rounded() / 100)
let hot = readings.filter { $0.value.contains { $0 > 15 } }.map { $0.key }
print(hot)

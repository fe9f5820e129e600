// Overflow-reporting arithmetic on Int and the sized integers.
let small: UInt8 = 200
let r = small.addingReportingOverflow(100)
print(r.partialValue, r.overflow)
let (d, o) = small.subtractingReportingOverflow(201)
print(d, o)
print(UInt8(16).multipliedReportingOverflow(by: 16))
let divisors: [Int8] = [-1, 0, 3]
for d in divisors { print(Int8.min.dividedReportingOverflow(by: d)) }
print(Int.max.addingReportingOverflow(1))
let zero = Int("0")!
print(Int(7).dividedReportingOverflow(by: zero), Int(7).remainderReportingOverflow(dividingBy: zero))
print(UInt64.max.multipliedReportingOverflow(by: 3))
print(Int32(1000).multipliedReportingOverflow(by: 1000))
func checkedSum(_ xs: [Int16]) -> Int16? {
    var total: Int16 = 0
    for x in xs {
        let (t, overflow) = total.addingReportingOverflow(x)
        if overflow { return nil }
        total = t
    }
    return total
}
print(checkedSum([1000, 2000, 3000]) as Any, checkedSum([30000, 3000]) as Any)

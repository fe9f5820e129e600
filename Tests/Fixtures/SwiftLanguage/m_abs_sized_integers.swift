print(abs(Int32(-5)), abs(Int8(-7)), type(of: abs(Int16(-3))), abs(Int64(9)))
let deltas: [Int16] = [-3, 4, -12]
print(deltas.map { abs($0) }, deltas.map(abs).max()!)

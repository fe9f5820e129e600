func pick(_ f: Bool, _ s: String) -> String? { f ? nil : s }
print(pick(true, "a") as Any, pick(false, "b") as Any)
let k: Int? = 3 > 2 ? nil : 4
print(k as Any)
let xs = [1, 2]
let m = xs.isEmpty ? nil : xs[0]
print(m as Any)

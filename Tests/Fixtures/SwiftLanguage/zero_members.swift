// `.zero` where the type says Int or Double, and where it is known only from the code around it.
func digitSum(_ n: Int) -> Int {
    var rest = n
    var total: Int = .zero
    while rest != .zero {
        total += rest % 10
        rest /= 10
    }
    return total
}

var tally: [Character: Int] = [:]
for c in "mississippi" {
    tally[c, default: .zero] += 1
}
let lengths: [Int?] = [3, nil, 5]
let known = lengths.map { $0 ?? .zero }
var position: Double = .zero
position += 2.5
print(digitSum(9045), tally.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value)" }.joined(separator: " "))
print(known, position, Int.zero, Double.zero, -Double.zero)

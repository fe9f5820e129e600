// Empty collections made with their type's initializer, the annotation giving the element type.
let primes: Array<Int> = Array()
var names: [String] = Array()
var ages: [String: Int] = Dictionary()
names.append("Ada")
names.append("Linus")
for (i, n) in names.enumerated() {
    ages[n] = 30 + i * 7
}
print(primes.isEmpty, primes.count, names)
print(ages.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })

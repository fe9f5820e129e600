let xs = [1, 2, 3]
print(Array(xs.reversed()))
for x in xs.reversed() { print(x, terminator: " ") }
print()
let r = xs.reversed().map { $0 * 10 }
print(r)

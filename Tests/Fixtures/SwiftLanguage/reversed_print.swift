print([1, 2, 3].reversed())
print("abc".reversed())
let xs = [1.5, 2.5]
print(xs.reversed(), Array(xs.reversed()))
print([[1], [2]].reversed())
for x in xs.reversed() { print(x) }
print(String("stressed".reversed()))

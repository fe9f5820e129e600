let xs = [1, 5, 2, 8, 3, 9, 9, 4]
let parts = xs.split(whereSeparator: { $0 > 7 })
print(parts, parts.map { $0.startIndex }, parts.map(Array.init))
print(xs.split(separator: 2), type(of: parts[0]))
var q = [1, 2, 3, 4, 5, 6]
q.removeFirst(2)
q.removeLast(1)
print(q)
var s = "abcdef"
s.removeFirst(2)
s.removeLast(3)
print(s)

let it = AnyIterator([1, 2, 3].makeIterator())
print(type(of: it))
var i = 0
let it2 = AnyIterator<Int> { i += 1; return i < 3 ? i : nil }
print(type(of: it2))

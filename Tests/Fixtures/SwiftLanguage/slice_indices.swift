let arr = [10, 20, 30, 40, 50, 60, 70]
let sl = arr[2...5]
print(sl, sl.startIndex, sl.endIndex, sl.first!)
print(sl[3], sl.indices)
print(Array(sl))
let str = "Hello, world"
let sub = str.dropFirst(7)
print(sub, sub.count, type(of: sub))

class A {}
class B: A {}
let r: A? = B()
print(r is B, r is A)
let arr: [A] = [B()]
print(arr.first is B, arr.max { _, _ in false } is B)
let n: Int? = 3
print(n is Int)

let dict = ["a": 1, "b": 2]
if let _ = dict["a"] { print("has a") }
if dict["z"] == nil { print("no z") }
let pairs = [(1, "one"), (2, "two")]
for (n, _) in pairs { print(n) }
let (q, r) = (17 / 5, 17 % 5)
print(q, r)
switch (q, r) {
case (3, 2): print("three two")
case (_, 0): print("exact")
default: print("other")
}

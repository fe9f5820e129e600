enum JSON { case number(Double), text(String), pair(Int, Int) }
let xs = [1.0, 2.0].map(JSON.number)
print(xs)
print(["a"].map(JSON.text), Optional(3.0).map(JSON.number) as Any)
let f = JSON.pair
print(f(1, 2))
enum E { case a(Int) }
print([1, 2].map(E.a))

let o: Int? = 3
print(type(of: o))
func d<T>(_ v: T) -> String { "\(type(of: v))" }
print(d(o), d(Optional("x")), d([1: 2]), d((1, "a")))
print(type(of: ["a": [1.5]]), type(of: Optional([1])))
struct Box<T> { var item: T }
print(Box(item: Optional(2)), type(of: Box(item: ["k": 1])))

struct W { var owner: String? }
func clear<T>(_ x: T) -> T { x }
protocol HasOwner { var owner: String? { get set } }
extension W: HasOwner {}
func reset<P: HasOwner>(_ p: P) -> P { var c = p; c.owner = nil; return c }
func give<P: HasOwner>(_ p: P, _ o: String?) -> P { var c = p; c.owner = o; return c }
print(reset(W(owner: "x")), give(W(owner: nil), nil), give(W(owner: nil), "q"))
var items: [HasOwner] = [W(owner: nil)]
items[0].owner = "Z"
print(items[0].owner as Any, items[0].owner!)

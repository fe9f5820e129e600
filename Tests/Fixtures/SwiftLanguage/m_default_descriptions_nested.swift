enum Kind { case a, b(Int) }
struct Inner { var v = 1 }
class Ref { var n = 2 }
struct Outer {
    var tag: String? = "t"
    var kind = Kind.b(3)
    var inner = Inner()
    var list: [Inner] = [Inner(v: 5)]
    var ref = Ref()
    var pair = (1, "x")
    var dict: [String: Kind] = ["k": .a]
    var none: Int? = nil
}
print(Outer())
print([Outer().inner], Outer().kind, [Kind.a, .b(1)])
print(Optional(Kind.b(2)) as Any, Optional(Inner()) as Any)
var o = Outer()
o.tag = nil
print(o.tag as Any, o)
struct Gen<T> { var item: T; var items: [T] }
print(Gen(item: 1.5, items: [2.5]), Gen(item: Inner(), items: []), Gen(item: Kind.a, items: [.b(0)]))

import Foundation
struct Inner { var z = [1, 2] }
struct P { var a = 1; var b = "s"; var c: Double? = 2.5; var d: Int? = nil; var inner = Inner(); var t = (1, "x") }
class K { var name = "k"; var next: K? = nil }
class L: K { var extra = true }
enum E { case a, b(Int), c(x: Int, y: String) }
dump(P())
dump([1, 2])
dump([Int]())
dump(5)
dump("str")
dump(["k": 1])
let k = K(); k.next = K()
dump(k)
dump(L())
dump(E.a); dump(E.b(3)); dump(E.c(x: 1, y: "q"))
dump((1, 2.5))
dump(Set([7]))
dump(1...3)
let r = dump([3, 4])
print(r)
dump([P()], name: "ps")
dump(Optional(5))
dump([[1], []])
prefix operator √
prefix func √ (x: Double) -> Double { x.squareRoot() }
print(√16.0, √2.25)
func labels<S: Sequence>(_ s: S) -> [String] where S.Element: CustomStringConvertible { s.map { "<\($0)>" } }
print(labels([1, 2]), labels(Set([3])))
print(Int(exactly: 3.0)!, Int(exactly: 3.5) as Any, Double(exactly: 7)!, Int(exactly: [1e30][0]) as Any)
let marks: [String: Int?] = ["amy": 90, "bob": nil, "cy": 70]
print(marks.compactMapValues { $0 }.sorted { $0.key < $1.key })
print(["a": "1", "b": "x"].compactMapValues { Int($0) })

class Node { let v: Int; init(_ v: Int) { self.v = v } }
let a = Node(1), b = Node(2), c = a
print(ObjectIdentifier(a) == ObjectIdentifier(c), ObjectIdentifier(a) == ObjectIdentifier(b))
print(ObjectIdentifier(a as AnyObject) == ObjectIdentifier(c))
var seen = Set<ObjectIdentifier>()
seen.insert(ObjectIdentifier(a))
seen.insert(ObjectIdentifier(b))
seen.insert(ObjectIdentifier(c))
print(seen.count, seen.contains(ObjectIdentifier(c)))
var names: [ObjectIdentifier: String] = [:]
names[ObjectIdentifier(a)] = "a"
names[ObjectIdentifier(b as AnyObject)] = "b"
print(names[ObjectIdentifier(c)]!, names.count)
print(a === c, a === b, a !== b)
let any: AnyObject = a
print(any === a, (any as! Node).v)
let xs: [AnyObject] = [a, b]
print(xs.contains { $0 === c })
let objs = [a, b, c]
print(objs.filter { $0 === a }.count)
print(ObjectIdentifier(Node.self) == ObjectIdentifier(Node.self))
print(ObjectIdentifier(a).hashValue == ObjectIdentifier(c).hashValue)

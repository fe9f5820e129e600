// Implicitly unwrapped optionals: set after init, then used as plain values.
class Node {
    var value: Int
    var next: Node!
    init(_ value: Int) { self.value = value }
    func describe() -> String { "node \(value)" }
}

class Owner {
    var name: String!
    var pet: Node!
    var onChange: (() -> Void)!
}

func hasCycle(_ head: Node!) -> Bool {
    var slow: Node! = head
    var fast: Node! = head
    while fast != nil && fast.next != nil {
        slow = slow.next
        fast = fast.next.next
        if slow === fast { return true }
    }
    return false
}

let a = Node(1), b = Node(2), c = Node(3)
a.next = b
b.next = c
print(hasCycle(a), a.next.value + c.value, a.next.describe())
c.next = a
print(hasCycle(a))

let o = Owner()
print(o.name == nil, o.name ?? "no name")
o.name = "Sam"
o.onChange = { print("changed to", o.name.uppercased()) }
o.onChange()
print(o.name, "\(o.name)", o.name.count)
let plain: String = o.name
print(plain + "!", o.pet?.value ?? 0)

func firstEven(_ xs: [Int]) -> Bool {
    var found: Bool!
    found = xs.contains { $0 % 2 == 0 }
    return found
}
print(firstEven([1, 3, 4]))
if let n = o.name { print("named", n) }
var scores: [Int]! = []
scores.append(90)
scores[0] += 5
o.pet = Node(7)
o.pet.value *= 2
print(scores, scores[0], o.pet.value)

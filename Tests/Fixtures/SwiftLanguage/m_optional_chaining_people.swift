class Address {
    var street: String
    var city: String?
    init(street: String, city: String? = nil) { self.street = street; self.city = city }
}
class Person {
    let name: String
    var address: Address?
    var friends: [Person] = []
    var nickname: String?
    init(name: String) { self.name = name }
    func greeting() -> String? { nickname.map { "Hey \($0)!" } }
}
let ann = Person(name: "Ann")
let ben = Person(name: "Ben")
ben.address = Address(street: "Main St", city: "Springfield")
ann.friends = [ben]
print(ann.address?.city as Any, ben.address?.city ?? "unknown")
print(ann.address?.street.count as Any, ben.address?.street.count ?? 0)
print(ann.friends.first?.address?.city?.uppercased() ?? "none")
ann.address?.city = "Nowhere"
print(ann.address == nil)
ben.address?.city = nil
print(ben.address?.city as Any)
ben.nickname = "Benny"
print(ann.greeting() ?? "no greeting", ben.greeting()!)
let ages = ["Ann": 31, "Ben": 29]
if let a = ages["Ann"], let b = ages["Ben"], a > b { print("Ann is older by", a - b) }
guard let c = ages["Cat"] ?? ages["Ben"] else { fatalError() }
print(c)
let maybeNumbers: [String] = ["1", "x", "3"]
let parsed = maybeNumbers.map { Int($0) }
print(parsed)
print(parsed.compactMap { $0 }, parsed.map { $0 ?? 0 })
let doubled = parsed.map { $0.map { $0 * 2 } }
print(doubled)
let flat = Int("5").flatMap { $0 > 3 ? $0 * 10 : nil }
print(flat as Any, Optional(3).map { $0 + 1 } as Any)
var opt: Int? = nil
print(opt == nil, opt ?? -1)
opt = 5
if var o = opt { o += 1; print(o, opt!) }
if let opt { print("shorthand", opt) }
let nested: Int?? = .some(nil)
print(nested as Any, (nested ?? 0) as Any)
let words = ["apple": 3]
print(words["apple", default: 0], words["pear", default: 0])
print(String(describing: Optional("x")), String(describing: Optional<Int>.none))
print("\(String(describing: ages["Zed"]))")
struct Box { var value: Int? }
var box: Box? = Box(value: nil)
box?.value = 10
print(box?.value as Any, box!.value!)
box = nil
box?.value = 20
print(box as Any)
let chain = [1, 2, 3].first.map { "first is \($0)" } ?? "empty"
print(chain)
let empty: [Int] = []
print(empty.first as Any, empty.max() as Any, empty.randomElement() == nil)
func find(_ x: Int, in a: [Int]) -> Int? { a.firstIndex(of: x) }
switch find(3, in: [1, 2, 3]) {
case .some(let i): print("found at", i)
case .none: print("missing")
}
if case let i? = find(9, in: [9]) { print("found", i) }
let optionalArray: [Int]? = [1, 2]
print(optionalArray?.count ?? 0, optionalArray?[1] as Any, optionalArray?.map { $0 + 1 } as Any)

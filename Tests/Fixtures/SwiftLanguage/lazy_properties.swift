// Lazy properties: computed at the first read, from the instance's other properties.
class Report {
    let title: String
    var rows: [Int]
    lazy var heading: String = {
        print("building the heading of \(title)")
        return "== \(title.uppercased()) =="
    }()
    lazy var total = rows.reduce(0, +)
    init(title: String, rows: [Int]) {
        self.title = title
        self.rows = rows
    }
}

let report = Report(title: "sales", rows: [3, 4, 5])
print("created")
print(report.heading)
print(report.heading)
report.rows.append(100)
print(report.total)  // computed now, from the rows as they are now
report.rows.append(1000)
print(report.total)  // kept
report.total += 1
print(report.total)

struct Circle {
    var radius: Double
    lazy var area: Double = 3.0 * radius * radius
    lazy var label = "circle of radius \(radius)"
}
var c = Circle(radius: 2)
print(c.area)
c.radius = 10
print(c.area, c.label)
var d = Circle(radius: 1)
d.area = 99
print(d.area, d.label)
var copy = d
copy.label = "a copy"
print(copy.label, "/", d.label)
struct Box {
    var w: Int
    lazy var doubled = w * 2
    mutating func show() -> String { "doubled=\(doubled) self.doubled=\(self.doubled)" }
}
var b = Box(w: 4)
print(b)
print(b.show())
print(b)
class Holder {
    lazy var items: [String] = []
    func add(_ s: String) { items.append(s) }
}
let h = Holder()
h.add("a"); h.add("b")
print(h.items)

// A subclass that declares no designated initializer inherits its superclass's, so its
// convenience initializers may call them through self.init.
class Shape {
    var name = "shape"
    var sides = 0
    func describe() -> String { "\(name) with \(sides) sides" }
}

class Polygon: Shape {
    var color = "none"
    convenience init(sides: Int, color: String) {
        self.init()
        self.sides = sides
        self.color = color
        name = "polygon"
    }
}

class Labelled {
    let label: String
    init(label: String) { self.label = label }
}

class Badge: Labelled {
    var shown = false
    convenience init() {
        self.init(label: "new")
        shown = true
    }
}

let p = Polygon(sides: 5, color: "red")
print(p.describe(), p.color)
let b = Badge()
print(b.label, b.shown, Badge(label: "old").shown)

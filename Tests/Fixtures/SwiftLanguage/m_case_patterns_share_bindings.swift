enum Shape { case square(Double), circle(Double), rect(Double, Double), dot }
func size(_ s: Shape) -> Double {
    switch s {
    case .square(let x), .circle(let x): return x
    case let .rect(w, h) where w > h, let .rect(h, w): return w * 10 + h
    case .dot: return 0
    }
}
print([Shape.square(2), .circle(3), .rect(1, 5), .rect(5, 1), .dot].map(size))
enum Cmd { case move(dx: Int, dy: Int), jump(dx: Int, dy: Int), stop }
var fns: [() -> Int] = []
for c in [Cmd.move(dx: 1, dy: 2), .jump(dx: 3, dy: 4), .stop] {
    switch c {
    case let .move(dx, dy), let .jump(dx, dy):
        fns.append { dx * 100 + dy }
    case .stop:
        fns.append { -1 }
    }
}
print(fns.map { $0() })
let pair = (3, "x")
switch pair {
case (let n, "y"), (let n, "x"): print("n", n)
default: print("none")
}

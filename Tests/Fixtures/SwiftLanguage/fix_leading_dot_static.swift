struct Point: Hashable { var x: Int, y: Int
    static let origin = Point(x: 0, y: 0) }
extension Point { static let zero = Point(x: 0, y: 0) }
let q: Point = .zero
let r: [Point] = [.zero, .origin]
print(q, r)

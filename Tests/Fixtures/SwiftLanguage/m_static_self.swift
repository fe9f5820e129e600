struct V {
    var x: Int
    static func make() -> Self { self.init(x: 1) }
    static func make2() -> V { Self(x: 2) }
    static var zero: Self { Self(x: 0) }
    func doubled() -> Self { Self(x: x * 2) }
    static func three() -> V { .init(x: 3) }
}
print(V.make(), V.make2(), V.zero, V(x: 4).doubled(), V.three())
final class C { let n: Int; init(n: Int) { self.n = n }; static func one() -> C { self.init(n: 1) }; class func two() -> Self { Self(n: 2) } }
print(C.one().n, C.two().n)
var lines: [String] = []
while let line = readLine() { lines.append(line) }
print("read \(lines.count) lines", readLine(strippingNewline: false) ?? "end of input")

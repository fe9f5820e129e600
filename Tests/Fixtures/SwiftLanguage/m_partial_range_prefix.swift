func grade(_ s: Int) -> String {
    switch s {
    case ..<0: return "neg"
    case 0..<10: return "small"
    case ...100: return "mid"
    default: return "big"
    }
}
print([-5, 3, 50, 100, 101].map(grade))
print((..<5).contains(5), (...5).contains(5), (..<2.5).contains(1.0))
let xs = [1, 2, 3, 4]
print(xs[..<2], xs[...2])
switch 0.3 { case ..<0.5: print("low") default: print("high") }

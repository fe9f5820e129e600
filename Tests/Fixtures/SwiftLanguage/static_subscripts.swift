// A static subscript reads through the type's name.
enum Planet: Int, CaseIterable {
    case mercury = 1, venus, earth, mars

    static subscript(order: Int) -> Planet? {
        Planet(rawValue: order)
    }
}

struct Palette {
    static let names = ["red", "green", "blue"]
    static subscript(index: Int) -> String {
        get { names[index % names.count] }
    }
    static subscript(name: String, shade: Int) -> String {
        "\(name)-\(shade * 100)"
    }
}

print(Planet[3] == .earth, Planet[9] == nil, Planet[1].map { "\($0)" } ?? "none")
for i in 0..<5 {
    print(i, Palette[i], terminator: "; ")
}
print()
print(Palette["grey", 4])

@resultBuilder
struct ListBuilder {
    static func buildBlock(_ parts: String...) -> [String] { parts }
}

@ListBuilder func fruits() -> [String] {
    "apple"
    "pear"
}

print(fruits())

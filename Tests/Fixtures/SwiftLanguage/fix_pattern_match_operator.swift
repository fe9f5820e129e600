struct Tag { let title: String
    static func ~= (pattern: String, value: Tag) -> Bool { pattern == value.title } }
switch Tag(title: "x") {
case "y": print("y")
case "x": print("x matched")
default: print("none")
}
func ~= (pattern: Int, value: Tag) -> Bool { pattern == value.title.count }
switch Tag(title: "abc") {
case 3: print("three")
default: print("none")
}

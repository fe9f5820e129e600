// Multi-line string literals as a text-formatting tutorial uses them.
let poem = """
    Roses are red,
      violets are blue.

    """
print(poem, terminator: "")
print("poem has \(poem.count) characters and ends with a newline: \(poem.hasSuffix("\n"))")

let banner = """
    \n== Menu ==
    1. Start
    2. Quit\n
    """
print("[" + banner + "]")

let name = "Ada"
let letter = """
    Dear \(name),

    thank you for the \(3 * 4) roses. \
    They are lovely.


    """
print(letter.split(separator: "\n", omittingEmptySubsequences: false).count)
print(letter, terminator: "|\n")

let empty = """
    """
print(empty.isEmpty, "x\(empty)y")

let lines = """
    alpha
    beta

    gamma
    """.split(separator: "\n", omittingEmptySubsequences: false)
for (i, line) in lines.enumerated() { print(i, "'\(line)'") }

// Functions that differ only in their return type: the context's type chooses one.
func reading() -> Int {
    return 21
}

func reading() -> String {
    return "twenty-one"
}

func reading() -> Double {
    return 21.5
}

let n: Int = reading()
let s: String = reading()
let d: Double = reading()
print(n * 2, s.uppercased(), d / 2)

func label(for x: Int) -> String { "#\(x)" }
func label(for x: Int) -> [String] { ["#", String(x)] }
let parts: [String] = label(for: 7)
let whole: String = label(for: 7)
print(parts, whole)

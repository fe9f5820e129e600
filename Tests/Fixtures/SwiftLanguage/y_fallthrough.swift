// Grading and classification with `fallthrough` in several places.
func describe(_ n: Int) -> [String] {
    var tags: [String] = []
    switch n {
    case 0:
        tags.append("zero")
    case 1...9:
        tags.append("digit")
        if n % 2 == 0 {
            tags.append("even")
            fallthrough
        }
        tags.append("checked")
    case 10...99:
        tags.append("small")
        for k in 2..<n where n % k == 0 {
            tags.append("divisible by \(k)")
            break
        }
    default:
        tags.append("other")
    }
    return tags
}
for n in [0, 3, 4, 12, 13, 150] { print(n, describe(n)) }

enum Level { case low, medium, high }
func alarms(_ level: Level, loud: Bool) {
    switch level {
    case .high:
        print("  siren")
        if loud { fallthrough } else { print("  (quiet siren)") }
    case .medium:
        print("  light")
        fallthrough
    case .low:
        print("  log")
    }
}
for (level, loud) in [(Level.high, true), (.high, false), (.medium, false), (.low, true)] {
    print(level, loud)
    alarms(level, loud: loud)
}

let word = "swift"
switch word.count {
case 5:
    switch word.first {
    case "s": if word.hasSuffix("t") { fallthrough }
    case "t": print("inner reached")
    default: print("inner default")
    }
    fallthrough
default: print("outer default")
}

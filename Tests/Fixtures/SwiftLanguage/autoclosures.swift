// A logger that only builds its messages when they are wanted, and an assert-like check:
// the two places tutorials show @autoclosure.
var evaluated = 0
func expensiveSummary() -> String {
    evaluated += 1
    return "summary #\(evaluated)"
}

struct Logger {
    var enabled: Bool
    var lines: [String] = []
    mutating func debug(_ message: @autoclosure () -> String) {
        if enabled { lines.append(message()) }
    }
}

var quiet = Logger(enabled: false)
var loud = Logger(enabled: true)
quiet.debug(expensiveSummary())
loud.debug(expensiveSummary())
loud.debug("quiet has \(quiet.lines.count) lines")
print(quiet.lines, loud.lines, "evaluated:", evaluated)

func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String = "check failed") {
    if !condition() { print(message()) }
}
let scores = [72, 88, 95]
check(scores.count == 3)
check(scores.allSatisfy { $0 > 80 }, "not every score is above 80: \(scores)")
check(scores.isEmpty)

func firstNonNil<T>(_ a: T?, _ b: @autoclosure () -> T) -> T {
    if let a = a { return a }
    return b()
}
print(firstNonNil(nil, expensiveSummary()), firstNonNil("cached", expensiveSummary()), evaluated)

import Foundation
// Methods named without a call are functions bound to their receiver; nested types named through their outer type.
final class Tally {
    var counts: [String: Int] = [:]
    func record(_ word: String) { counts[word, default: 0] += 1 }
    func count(of word: String) -> Int { counts[word] ?? 0 }
}
let tally = Tally()
"a b a c a b".split(separator: " ").map(String.init).forEach(tally.record)
print(["a", "b", "z"].map(tally.count))
struct Scaler {
    let factor: Double
    func apply(_ x: Double) -> Double { x * factor }
}
let double = Scaler(factor: 2)
print([1.5, 2.0].map(double.apply))
struct Task {
    enum State: Int, Comparable {
        case todo, doing, done
        static func < (a: State, b: State) -> Bool { a.rawValue < b.rawValue }
    }
    let state: State
}
print(Task.State.done > .todo, Task(state: Task.State.doing).state.rawValue)
print("one, two;three".split { $0 == "," || $0 == ";" }.map { $0.trimmingCharacters(in: .whitespaces) })

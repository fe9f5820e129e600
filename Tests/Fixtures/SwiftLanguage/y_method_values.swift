// Methods passed by name, without `self.`, to map, filter and sorted.
struct Grader {
    let passMark: Int
    func passes(_ score: Int) -> Bool { score >= passMark }
    func letter(_ score: Int) -> String { score >= 90 ? "A" : score >= 75 ? "B" : passes(score) ? "C" : "F" }
    func report(_ scores: [Int]) -> String {
        let letters = scores.map(letter)
        let passed = scores.filter(passes).count
        return "\(letters.joined(separator: ",")) passed \(passed)/\(scores.count)"
    }
}
print(Grader(passMark: 60).report([95, 42, 77, 60]))
print(Grader(passMark: 80).report([95, 42, 77, 60]))

class Inventory {
    var stock = ["apple": 3, "pear": 0, "fig": 7]
    func inStock(_ item: String) -> Bool { (stock[item] ?? 0) > 0 }
    func byCount(_ a: String, _ b: String) -> Bool { stock[a, default: 0] > stock[b, default: 0] }
    func available(_ wanted: [String]) -> [String] { wanted.filter(inStock).sorted(by: byCount) }
}
print(Inventory().available(["pear", "apple", "kiwi", "fig"]))

extension String {
    var prefixes: [Substring] { (0...count).map(prefix) }
    var suffixes: [Substring] { (0...count).map(suffix) }
    func containsAll(_ parts: [String]) -> Bool { parts.allSatisfy(contains) }
}
print("swift".prefixes)
print("abc".suffixes)
print("playground".containsAll(["play", "round"]), "playground".containsAll(["plays"]))

extension Array where Element == Int {
    func doubled(_ x: Int) -> Int { x * 2 }
    func allDoubled() -> [Int] { map(doubled) }
}
print([1, 2, 3].allDoubled())

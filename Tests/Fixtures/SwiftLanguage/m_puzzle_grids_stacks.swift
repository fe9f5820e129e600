let map = """
2199943210
3987894921
9856789892
8767896789
9899965678
"""
let heights = map.split(separator: "\n").map { $0.compactMap { $0.wholeNumberValue } }
let rows = heights.count, cols = heights[0].count
func neighbors(_ r: Int, _ c: Int) -> [(Int, Int)] {
    [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)].filter { $0.0 >= 0 && $0.0 < rows && $0.1 >= 0 && $0.1 < cols }
}
var lows: [(Int, Int)] = []
for r in 0..<rows {
    for c in 0..<cols where neighbors(r, c).allSatisfy({ heights[$0.0][$0.1] > heights[r][c] }) {
        lows.append((r, c))
    }
}
print("risk:", lows.map { heights[$0.0][$0.1] + 1 }.reduce(0, +))
var seen = Set<Int>()
func basin(_ r: Int, _ c: Int) -> Int {
    let key = r * cols + c
    if heights[r][c] == 9 || seen.contains(key) { return 0 }
    seen.insert(key)
    return 1 + neighbors(r, c).map { basin($0.0, $0.1) }.reduce(0, +)
}
let sizes = lows.map { basin($0.0, $0.1) }.sorted(by: >)
print(sizes, sizes.prefix(3).reduce(1, *))

let chunks = ["[({(<(())[]>[[{[]{<()<>>", "[(()[<>])]({[<{<<[]>>(", "{([(<{}[<>[]}>{[]{[(<()>", "<{([{{}}[<[[[<>{}]]]>[]]"]
let pairs: [Character: Character] = ["(": ")", "[": "]", "{": "}", "<": ">"]
let errorScore: [Character: Int] = [")": 3, "]": 57, "}": 1197, ">": 25137]
var completionScores: [Int] = []
var total = 0
for line in chunks {
    var stack: [Character] = []
    var corrupted: Character?
    for ch in line {
        if let close = pairs[ch] {
            stack.append(close)
        } else if stack.popLast() != ch {
            corrupted = ch
            break
        }
    }
    if let bad = corrupted {
        print("corrupted:", bad)
        total += errorScore[bad]!
    } else {
        let score = stack.reversed().reduce(0) { $0 * 5 + [")", "]", "}", ">"].firstIndex(of: $1)! + 1 }
        print("incomplete:", String(stack.reversed()), score)
        completionScores.append(score)
    }
}
print(total, completionScores.sorted()[completionScores.count / 2])

var fish = [3, 4, 3, 1, 2]
var buckets = [Int](repeating: 0, count: 9)
for f in fish { buckets[f] += 1 }
for day in 1...80 {
    let zeros = buckets.removeFirst()
    buckets[6] += zeros
    buckets.append(zeros)
    if day == 18 || day == 80 { print("day \(day):", buckets.reduce(0, +)) }
}
fish.sort()
let crabs = [16, 1, 2, 0, 4, 2, 7, 1, 2, 14]
let best = (crabs.min()!...crabs.max()!).map { target in
    crabs.reduce(0) { $0 + { n in n * (n + 1) / 2 }(abs($1 - target)) }
}.min()!
print(best, fish)
let polymer = "NNCB"
let rules: [String: Character] = ["CH": "B", "HH": "N", "CB": "H", "NH": "C", "HB": "C", "HC": "B", "HN": "C", "NN": "C", "BH": "H", "NC": "B", "NB": "B", "BN": "B", "BB": "N", "BC": "B", "CC": "N", "CN": "C"]
var current = Array(polymer)
for _ in 0..<4 {
    var next: [Character] = [current[0]]
    for (a, b) in zip(current, current.dropFirst()) {
        if let ins = rules[String([a, b])] { next.append(ins) }
        next.append(b)
    }
    current = next
}
let freq = Dictionary(current.map { ($0, 1) }, uniquingKeysWith: +)
let sortedFreq = freq.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
print(current.count, sortedFreq.first!.key, sortedFreq.last!.key, sortedFreq.first!.value - sortedFreq.last!.value)

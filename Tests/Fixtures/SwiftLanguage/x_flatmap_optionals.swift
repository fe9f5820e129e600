// flatMap over arrays: flattening nested arrays, and the older spelling of compactMap.
let nested = [[1, 2], [3], []]
print(nested.flatMap { $0 })

let words = ["12", "x", "7", "3.5"]
let parsed = words.flatMap { Int($0) }
print(parsed, words.compactMap { Int($0) } == parsed)

let maybeScores: [Int?] = [90, nil, 75]
let present = maybeScores.flatMap { $0 }
print(present)

let optionalCount: Int? = 4
print(optionalCount.flatMap { $0 > 3 ? $0 * 2 : nil } ?? 0)
let visits = [1, 2, nil]
let logged = visits.flatMap { x in
    print(x.flatMap { $0 + 100 } ?? "nil value")
}
print(logged.count)
let letters = ["ab", "c"].flatMap { $0 }
print(letters)
let pairs = [1, 2].flatMap { [($0, $0 * $0)] }
print(pairs)

// Parsing lines the way tutorials do: split with a limit or keeping empty fields,
// counting and finding from the end with a closure.
let record = "name=Ada Lovelace=1815"
let pair = record.split(separator: "=", maxSplits: 1)
print(pair, pair.count)
print(pair[1].split(separator: "=").last!)

let csvLine = "a,,c,"
print(csvLine.split(separator: ","))
print(csvLine.split(separator: ",", omittingEmptySubsequences: false))
print(csvLine.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false))

let command = "move   north  3"
let words = command.split(separator: " ")
print(words.count, words.joined(separator: "|"))

let temperatures = [18, 24, 31, 17, 29, 33, 22]
print(temperatures.count(where: { $0 > 25 }))
print(temperatures.count { $0 % 2 == 0 })
print(temperatures.last(where: { $0 < 20 })!, temperatures.last { $0 > 40 } as Any)
let hot = temperatures.filter { $0 > 25 }.count == temperatures.count(where: { $0 > 25 })
print(hot)
print("mississippi".count(where: { $0 == "s" }), "hello".last(where: { $0 != "o" })!)

// Skipping duplicates with formIndex(after:), as a 3Sum solution does.
extension Array where Element: Comparable {
    func distinctRuns() -> [Element] {
        var result: [Element] = []
        var index = startIndex
        while index < endIndex {
            result.append(self[index])
            var prev = index
            repeat {
                prev = index
                formIndex(after: &index)
            } while index < endIndex && self[prev] == self[index]
        }
        return result
    }
}

print([1, 1, 2, 3, 3, 3, 7].distinctRuns())

func countDown(_ xs: [Int]) -> [Int] {
    var out: [Int] = []
    var i = xs.index(before: xs.endIndex)
    while i >= xs.startIndex {
        out.append(xs[i])
        xs.formIndex(before: &i)
    }
    return out
}
print(countDown([4, 5, 6]))

let word = "hello"
var w = word.startIndex
word.formIndex(after: &w)
word.formIndex(after: &w)
print(word[w])

// Computed variables in a function and at the top level, as Count Occurrences writes
// its two binary searches.
func countOccurrences(of key: Int, in array: [Int]) -> Int {
    var leftBoundary: Int {
        var low = 0
        var high = array.count
        while low < high {
            let mid = low + (high - low) / 2
            if array[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }
    var rightBoundary: Int {
        get {
            var low = 0
            var high = array.count
            while low < high {
                let mid = low + (high - low) / 2
                if array[mid] > key { high = mid } else { low = mid + 1 }
            }
            return low
        }
    }
    return rightBoundary - leftBoundary
}

let sorted = [0, 1, 1, 3, 3, 3, 3, 6, 8, 10, 11, 11]
print(countOccurrences(of: 3, in: sorted), countOccurrences(of: 11, in: sorted), countOccurrences(of: 5, in: sorted))

var items: [String] = []
var summary: String {
    items.isEmpty ? "empty" : "\(items.count) items, last \(items.last!)"
}
print(summary)
items.append("pen")
items.append("cup")
print(summary)

func tally() -> Int {
    var n = 1
    var doubled: Int { n * 2 }
    n = 21
    return doubled
}
print(tally())

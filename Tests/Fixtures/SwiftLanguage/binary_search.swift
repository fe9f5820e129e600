func binarySearch<T: Comparable>(_ a: [T], key: T) -> Int? {
    var lowerBound = 0
    var upperBound = a.count
    while lowerBound < upperBound {
        let midIndex = lowerBound + (upperBound - lowerBound) / 2
        if a[midIndex] == key {
            return midIndex
        } else if a[midIndex] < key {
            lowerBound = midIndex + 1
        } else {
            upperBound = midIndex
        }
    }
    return nil
}

func recursiveSearch(_ a: [Int], _ key: Int, _ range: Range<Int>) -> Int? {
    if range.lowerBound >= range.upperBound { return nil }
    let mid = range.lowerBound + (range.upperBound - range.lowerBound) / 2
    if a[mid] > key { return recursiveSearch(a, key, range.lowerBound..<mid) }
    if a[mid] < key { return recursiveSearch(a, key, mid + 1..<range.upperBound) }
    return mid
}

let numbers = [11, 59, 3, 2, 53, 17, 31, 7, 19, 67, 47, 13, 37, 61, 29, 43, 5, 41, 23].sorted()
print(numbers)
print(binarySearch(numbers, key: 43) ?? -1)
print(binarySearch(numbers, key: 44) as Any)
print(recursiveSearch(numbers, 13, 0..<numbers.count)!)
let words = ["apple", "banana", "cherry", "date"]
if let i = binarySearch(words, key: "cherry") {
    print("found cherry at \(i)")
}
let r = 0..<numbers.count
print(r, r.count, r.contains(5))

// Slices keep their base's positions: ArraySlice and Substring, as a learner meets them.
let scores = [3, 8, 15, 21, 34, 42, 57, 63, 78, 91]

// Binary search over a slice, with the slice's own indices.
func binarySearch(_ xs: ArraySlice<Int>, for target: Int) -> Int? {
    var low = xs.startIndex
    var high = xs.endIndex - 1
    while low <= high {
        let mid = low + (high - low) / 2
        if xs[mid] == target { return mid }
        if xs[mid] < target { low = mid + 1 } else { high = mid - 1 }
    }
    return nil
}

let middle = scores[3..<8]
print(middle, middle.startIndex, middle.endIndex, middle.indices)
print(type(of: middle), middle.count, middle.first!, middle.last!)
print(binarySearch(middle, for: 42) ?? -1, binarySearch(middle, for: 3) ?? -1)
print(binarySearch(scores[...], for: 91) ?? -1)

// A recursive function taking ArraySlice<Int>.
func total(_ xs: ArraySlice<Int>) -> Int {
    guard let first = xs.first else { return 0 }
    return first + total(xs.dropFirst())
}
func largest(_ xs: ArraySlice<Int>) -> Int {
    if xs.count == 1 { return xs[xs.startIndex] }
    let mid = xs.startIndex + xs.count / 2
    return max(largest(xs[..<mid]), largest(xs[mid...]))
}
print(total(scores[...]), total(scores[2...4]), largest(scores[1..<6]))

// Slicing a slice keeps the positions.
let inner = middle[4...6]
print(inner, inner.startIndex, inner[5], middle[middle.startIndex])
print(middle.firstIndex(of: 34)!, middle.firstIndex { $0 > 50 }!, middle.lastIndex { $0 < 40 }!)
let rebased = Array(middle)
print(rebased, rebased.startIndex, rebased[0], type(of: rebased))

// Quicksort: partition a slice in place, then sort each side of the pivot.
func partition(_ xs: inout ArraySlice<Int>) -> Int {
    let pivot = xs[xs.endIndex - 1]
    var boundary = xs.startIndex
    for i in xs.startIndex..<(xs.endIndex - 1) where xs[i] < pivot {
        xs.swapAt(i, boundary)
        boundary += 1
    }
    xs.swapAt(boundary, xs.endIndex - 1)
    return boundary
}
func quicksort(_ xs: inout ArraySlice<Int>) {
    guard xs.count > 1 else { return }
    let p = partition(&xs)
    var left = xs[..<p]
    var right = xs[(p + 1)...]
    quicksort(&left)
    quicksort(&right)
    xs[..<p] = left
    xs[(p + 1)...] = right
}
var jumbled = [42, 7, 19, 3, 88, 21, 5, 64][...]
quicksort(&jumbled)
print(jumbled, jumbled.startIndex)
var window = [9, 4, 7, 1, 8][1...3]
window.sort()
print(window, window.startIndex, window == [1, 4, 7][...])

// dropFirst, dropLast, prefix, suffix and split on arrays give slices.
let numbers = [1, 2, 0, 3, 4, 0, 5]
let tail = numbers.dropFirst(2)
print(tail, tail.startIndex, numbers.dropLast(3).endIndex, numbers.suffix(2).startIndex)
print(numbers.prefix(3) == numbers[0..<3], numbers.split(separator: 0))
for part in numbers.split(separator: 0) {
    print(part.startIndex, part.reduce(0, +), Array(part))
}

// Substring: prefix, suffix and dropFirst share the string's indices.
let greeting = "Hello, playground"
let head = greeting.prefix(5)
let rest = greeting.suffix(10)
print(head, rest, type(of: head), type(of: rest))
print(String(head) + "!", head.count, rest.hasPrefix("play"))
let word = greeting.dropFirst(7)
print(word, word.count, type(of: word), String(word).uppercased())
print(greeting[word.startIndex], word[word.startIndex], word.first!)
if let comma = greeting.firstIndex(of: ",") {
    let before = greeting[..<comma]
    print(before, type(of: before), String(before) == "Hello")
}
// A substring is its text where a string is taken or compared.
print(greeting.hasPrefix(head), greeting.contains(word), head + ", " + word, head < word, Int("2024 edition".prefix(4))! + 1)
var initials: [Substring: Int] = [:]
for name in ["ada", "alan", "grace"] { initials[name.prefix(1), default: 0] += 1 }
print(initials.sorted { $0.key < $1.key }, [head, word].sorted(by: >))

// A slice is a value: changing a copy leaves the original and its base alone.
let original = scores[2...4]
var copy = original
copy[3] = 0
copy.swapAt(2, 4)
copy.removeFirst()
print(original, copy, copy.startIndex, scores[3])

// split of a string gives substrings that share the string's indices.
let csv = "id,name,,score"
let fields = csv.split(separator: ",")
print(fields, type(of: fields), fields.map { csv.distance(from: csv.startIndex, to: $0.startIndex) })
print(csv[fields[1].startIndex], fields[2] == "score", fields.map(String.init).joined(separator: "|"))

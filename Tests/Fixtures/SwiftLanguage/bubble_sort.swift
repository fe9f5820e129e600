func bubbleSort(_ array: inout [Int]) {
    guard array.count > 1 else { return }
    for i in 0..<array.count {
        var swapped = false
        for j in 1..<array.count - i {
            if array[j] < array[j - 1] {
                array.swapAt(j, j - 1)
                swapped = true
            }
        }
        if !swapped { break }
    }
}

func insertionSort<T: Comparable>(_ a: [T]) -> [T] {
    var b = a
    for i in 1..<b.count {
        var y = i
        let temp = b[y]
        while y > 0 && temp < b[y - 1] {
            b[y] = b[y - 1]
            y -= 1
        }
        b[y] = temp
    }
    return b
}

var numbers = [64, 34, 25, 12, 22, 11, 90]
print("Unsorted: \(numbers)")
bubbleSort(&numbers)
print("Sorted: \(numbers)")
print(insertionSort(["pear", "apple", "fig", "banana"]))
print(insertionSort([3.5, -1.0, 2.25]))

// Assigning to a range of an array replaces that slice, as merge steps in sorting lessons do.
var merged = [1, 3, 5, 0, 0, 0]
let extra = [2, 4, 6]
merged[3...] = extra[0...]
print(merged)

var nums1 = [0, 0, 0, 7, 8]
let nums2 = [4, 5, 6, 1]
let p2 = 2
nums1[..<(p2 + 1)] = nums2[..<(p2 + 1)]
print(nums1)

var letters = ["a", "b", "c", "d", "e"]
letters[1...3] = ["X"]
print(letters, letters.count)
letters[1..<1] = ["y", "z"]
print(letters)
letters[0..<2] = []
print(letters)

var grid = [[1, 2, 3], [4, 5, 6]]
grid[1][0..<2] = [9, 9]
print(grid)

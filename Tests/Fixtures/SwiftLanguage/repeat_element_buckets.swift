// Bucket sort, with buckets made by repeatElement as older algorithm books do.
func bucketSort(_ values: [Double], buckets count: Int) -> [Double] {
    var buckets = [[Double]](repeatElement([], count: count))
    for v in values {
        let index = min(Int(v * Double(count)), count - 1)
        buckets[index].append(v)
    }
    print("bucket sizes:", buckets.map { $0.count })
    return buckets.flatMap { $0.sorted() }
}

print(bucketSort([0.42, 0.32, 0.23, 0.52, 0.25, 0.47, 0.51, 0.99, 0.01], buckets: 4))
let separator = String(repeatElement("=", count: 12))
print(separator)
let grid = Array(repeatElement(Array(repeatElement(".", count: 3)), count: 2))
for row in grid { print(row.joined()) }
print([Int](1...5), [String]("abc".map { String($0) }))

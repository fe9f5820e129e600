func swapValues<T>(_ a: inout T, _ b: inout T) {
    let t = a
    a = b
    b = t
}
var x = 1, y = 2
swapValues(&x, &y)
print(x, y)
var names = ["a", "b", "c"]
names.swapAt(0, 2)
print(names)
names.swapAt(0, 1)
print(names)

func increment(_ value: inout Int, by amount: Int = 1) { value += amount }
var counter = 0
increment(&counter)
increment(&counter, by: 10)
print(counter)

struct Point { var x: Int; var y: Int }
var p = Point(x: 1, y: 2)
increment(&p.x, by: 5)
print(p.x, p.y)
var points = [Point(x: 0, y: 0), Point(x: 3, y: 4)]
increment(&points[1].y)
print(points.map { "(\($0.x),\($0.y))" })
var dict = ["k": 1]
increment(&dict["k"]!, by: 41)
print(dict)

func bubbleSort<T: Comparable>(_ array: inout [T]) -> Int {
    var swaps = 0
    for i in 0..<array.count {
        for j in 0..<array.count - 1 - i where array[j] > array[j + 1] {
            array.swapAt(j, j + 1)
            swaps += 1
        }
    }
    return swaps
}
var arr = [5, 1, 4, 2, 8, 0]
let swaps = bubbleSort(&arr)
print(arr, swaps)
var words = ["pear", "fig", "apple"]
_ = bubbleSort(&words)
print(words)

func process(_ id: Int) -> String {
    print("start \(id)")
    defer { print("defer 1 for \(id)") }
    defer { print("defer 2 for \(id)") }
    if id == 0 { return "zero" }
    print("end \(id)")
    return "nonzero"
}
print(process(0))
print(process(1))

class Resource {
    let name: String
    init(_ name: String) { self.name = name; print("open \(name)") }
    deinit { print("close \(name)") }
}
func useResource() {
    let r = Resource("file")
    defer { print("done with \(r.name)") }
    print("using \(r.name)")
}
useResource()
do {
    let temp = Resource("temp")
    print("scope", temp.name)
}
print("after scope")
var maybe: Resource? = Resource("maybe")
maybe = nil
print("end")
func modify(_ arr: inout [Int], _ f: (inout Int) -> Void) {
    for i in arr.indices { f(&arr[i]) }
}
var nums = [1, 2, 3]
modify(&nums) { $0 *= $0 }
print(nums)
var s = "abc"
func appendBang(_ s: inout String) { s += "!" }
appendBang(&s)
print(s)

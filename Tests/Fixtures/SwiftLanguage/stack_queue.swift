struct Stack<Element> {
    private var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element? { return items.popLast() }
    var top: Element? { return items.last }
    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
}

extension Stack: CustomStringConvertible {
    var description: String {
        let topDivider = "---Stack---\n"
        let bottomDivider = "\n-----------"
        let stackElements = items.map { "\($0)" }.reversed().joined(separator: "\n")
        return topDivider + stackElements + bottomDivider
    }
}

struct Queue<T> {
    private var array = [T?]()
    private var head = 0
    var isEmpty: Bool { return count == 0 }
    var count: Int { return array.count - head }
    mutating func enqueue(_ element: T) { array.append(element) }
    mutating func dequeue() -> T? {
        guard head < array.count, let element = array[head] else { return nil }
        array[head] = nil
        head += 1
        return element
    }
    var front: T? {
        if isEmpty { return nil } else { return array[head] }
    }
}

func isBalanced(_ s: String) -> Bool {
    var stack = Stack<Character>()
    let pairs: [Character: Character] = [")": "(", "]": "[", "}": "{"]
    for ch in s {
        if "([{".contains(ch) {
            stack.push(ch)
        } else if let open = pairs[ch] {
            if stack.pop() != open { return false }
        }
    }
    return stack.isEmpty
}

var stack = Stack<Int>()
stack.push(1)
stack.push(2)
stack.push(3)
print(stack)
print(stack.pop() ?? -1, stack.top ?? -1, stack.count)
var q = Queue<String>()
q.enqueue("Ada")
q.enqueue("Steve")
q.enqueue("Tim")
print(q.dequeue() as Any)
print(q.front!)
print(q.count, q.isEmpty)
for s in ["(a[b]{c})", "(]", "((", ""] {
    print("\(s): \(isBalanced(s))")
}

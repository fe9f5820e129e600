struct Task {
    let id: Int
    var title: String
    var priority: Int
    var done: Bool = false
}

struct TodoList {
    private(set) var tasks: [Task] = []
    private var nextID = 1

    mutating func add(_ title: String, priority: Int) {
        tasks.append(Task(id: nextID, title: title, priority: priority))
        nextID += 1
    }

    mutating func complete(_ id: Int) {
        if let index = tasks.firstIndex(where: { $0.id == id }) {
            tasks[index].done = true
        }
    }

    var pending: [Task] { tasks.filter { !$0.done } }
}

var list = TodoList()
list.add("Write report", priority: 2)
list.add("Buy milk", priority: 1)
list.add("Fix bug #42", priority: 3)
list.add("Call mom", priority: 2)
list.complete(2)

for task in list.tasks.sorted(by: { $0.priority > $1.priority || ($0.priority == $1.priority && $0.id < $1.id) }) {
    let mark = task.done ? "[x]" : "[ ]"
    print("\(mark) #\(task.id) \(task.title) (p\(task.priority))")
}
print("Pending:", list.pending.map(\.title))
print("Done count:", list.tasks.filter(\.done).count)
let titles = list.tasks.map { $0.title.uppercased() }.joined(separator: " | ")
print(titles)
print(list.tasks.first(where: { $0.priority == 3 })?.title ?? "none")
print(list.tasks.allSatisfy { $0.priority > 0 }, list.tasks.contains(where: { $0.done }))
print(list.tasks[0])

class Counter {
    var count = 0
    var onTick: (() -> Void)?
    init() {
        onTick = { [weak self] in
            guard let self = self else { return }
            self.count += 1
        }
    }
    deinit { print("Counter deinit") }
}
var c: Counter? = Counter()
c?.onTick?()
c?.onTick?()
print(c!.count)
c = nil
var x = 10
let f = { [x] in print("captured", x) }
x = 20
f()
print(x)
class Node { let name: String; init(_ n: String) { name = n }; deinit { print("bye", name) } }
var n: Node? = Node("a")
let g = { [unowned n = n!] in print(n.name) }
g()
let h = { [weak n] in print(n?.name ?? "gone") }
h()
n = nil
h()
final class Ticker {
    var handlers: [() -> Void] = []
    func add(_ h: @escaping () -> Void) { handlers.append(h) }
    func fire() { for h in handlers { h() } }
}
class ViewModel {
    let name: String
    var ticks = 0
    let timer = Ticker()
    init(name: String) {
        self.name = name
        timer.add { [weak self] in
            guard let self else { return }
            self.ticks += 1
            print("\(self.name) tick \(self.ticks)")
        }
        timer.add { [unowned self] in
            print("unowned sees", name, ticks)
        }
    }
    func scaled(by k: Int) -> (Int) -> Int {
        return { [weak self] (x: Int) -> Int in
            (self?.ticks ?? -1) * k + x
        }
    }
    deinit { print("deinit \(name)") }
}
var vm: ViewModel? = ViewModel(name: "vm")
let t = vm!.timer
t.fire()
t.fire()
let s = vm!.scaled(by: 10)
print(s(1))
vm = nil
print(s(1))
t.handlers.removeLast()
t.fire()
var closures: [() -> Int] = []
for i in 0..<3 {
    var j = i * 2
    closures.append { [j] in j + 100 }
    j += 1
}
print(closures.map { $0() })
var counter = 0
let snap = { [counter, n = counter + 5] in print(counter, n) }
counter = 9
snap()
struct Point { var x = 1; var y = 2 }
var p = Point()
let showP = { [p] in print(p.x, p.y) }
p.x = 50
showP()
let nested = { [weak t] in
    return { print(t == nil ? "no timer" : "timer with \(t!.handlers.count)") }
}
nested()()

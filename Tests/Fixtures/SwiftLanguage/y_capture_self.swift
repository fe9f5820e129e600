// Closures with `[self]` in a class's methods change its properties through implicit self.
class Counter {
    var count = 0
    var history: [Int] = []
    func repeatTimes(_ n: Int, _ body: () -> Void) { for _ in 0..<n { body() } }
    func tick(by step: Int) {
        repeatTimes(3) { [self] in
            count += step
            history.append(count)
        }
    }
    func reset() {
        let clear = { [self] in
            count = 0
            history = []
        }
        clear()
    }
}
let c = Counter()
c.tick(by: 2)
print(c.count, c.history)
c.tick(by: 5)
print(c.count, c.history)
c.reset()
print(c.count, c.history.isEmpty)

class Downloader {
    var progress = 0.0
    var finished = false
    var handlers: [() -> Void] = []
    func start() {
        handlers.append { [self] in progress = 0.5 }
        handlers.append { [self] in
            progress = 1.0
            finished = progress >= 1.0
        }
    }
    func run() { for h in handlers { h() } }
}
let d = Downloader()
d.start()
print(d.progress, d.finished)
d.run()
print(d.progress, d.finished)

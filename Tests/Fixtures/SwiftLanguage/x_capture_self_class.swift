// Closures that capture self explicitly in a class, then use its members without `self.`.
class Counter {
    var count = 0
    var history: [Int] = []

    func repeatTimes(_ n: Int, _ body: () -> Void) {
        for _ in 0..<n { body() }
    }

    func tick(by step: Int) {
        repeatTimes(3) { [self] in
            count += step
            history.append(count)
        }
    }

    func makeResetter() -> () -> Void {
        return { [self] in
            count = 0
            history.removeAll()
        }
    }
}

let counter = Counter()
counter.tick(by: 2)
print(counter.count, counter.history)
let reset = counter.makeResetter()
counter.tick(by: 5)
print(counter.count)
reset()
print(counter.count, counter.history.isEmpty)

class Counter {
  var count = 0
  func increment() { count += 1 }
}

let a = Counter()
let b = a
a.increment()
b.increment()
print(a.count, b.count)
print(a === b)
let c = Counter()
print(a === c, a !== c)

// Class instances made in a loop body are released at the end of each pass (deinit order as swiftc).
final class Ticket {
  let n: Int
  init(_ n: Int) { self.n = n; print("open", n) }
  deinit { print("close", n) }
}
for i in 1...3 {
  let t = Ticket(i)
  print("using", t.n)
}
print("after for")
var k = 0
while k < 2 {
  k += 1
  let t = Ticket(10 + k)
  print("loop", t.n)
}
print("after while")
var kept: [Ticket] = []
for i in 1...2 {
  let t = Ticket(30 + i)
  kept.append(t)
}
print("kept", kept.count)

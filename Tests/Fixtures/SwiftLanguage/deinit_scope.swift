class Token {
  let id: Int
  init(id: Int) {
    self.id = id
    print("make", id)
  }
  deinit { print("drop", id) }
}

func work() {
  let a = Token(id: 1)
  let b = Token(id: 2)
  print("work", a.id + b.id)
}
work()
var t: Token? = Token(id: 3)
t = nil
print("end")

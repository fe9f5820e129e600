class Resource {
  let name: String
  init(name: String) {
    self.name = name
    print("open \(name)")
  }
  deinit { print("close \(name)") }
}

func use() {
  let r = Resource(name: "A")
  print("using \(r.name)")
}
use()
print("done")

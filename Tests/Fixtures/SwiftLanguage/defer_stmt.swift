func work() -> Int {
  defer { print("cleanup") }
  print("working")
  return 42
}
print(work())

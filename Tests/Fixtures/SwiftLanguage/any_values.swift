let things: [Any] = [1, "two", 3.0]
for t in things {
  if let i = t as? Int { print("int", i) }
  else if let s = t as? String { print("string", s) }
  else { print("other") }
}
print(things.count)

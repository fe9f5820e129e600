var found = (0, 0)
outer: for i in 1...9 {
  for j in 1...9 {
    if i * j == 42 {
      found = (i, j)
      break outer
    }
    if j > i { continue outer }
  }
}
print(found)

// 'fallthrough' at the end of a case, in value, enum and string switches.
func describe(_ n: Int) -> String {
  var text = "\(n) is"
  switch n {
  case 2, 3, 5, 7:
    text += " prime and"
    fallthrough
  case 1:
    text += " small and"
    fallthrough
  default:
    text += " an integer"
  }
  return text
}
for n in [1, 2, 4, 7] { print(describe(n)) }
enum Level { case high, mid, low }
func perks(_ l: Level) -> [String] {
  var out: [String] = []
  switch l {
  case .high:
    out.append("lounge")
    fallthrough
  case .mid:
    if out.isEmpty { out.append("upgrade") }
    out.append("priority")
    fallthrough
  case .low:
    out.append("seat")
  }
  return out
}
print(perks(.high), perks(.mid), perks(.low))
let word = "b"
switch word {
case "a":
  print("a")
case "b":
  print("b")
  fallthrough
case "c":
  print("and c")
  if word == "b" { break }
  print("not reached for b")
default:
  print("default")
}

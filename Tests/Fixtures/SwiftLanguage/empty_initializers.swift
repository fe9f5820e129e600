// Building a result from empty values made with their types' initializers.
func longestCommonPrefix(_ words: [String]) -> String {
  var prefix = String()
  guard let first = words.first else { return prefix }
  for (i, ch) in first.enumerated() {
    for w in words.dropFirst() {
      let chars = Array(w)
      if i >= chars.count || chars[i] != ch { return prefix }
    }
    prefix.append(ch)
  }
  return prefix
}

var total = Int()
var mean = Double()
var seen = Bool()
for x in [4, 8, 15] {
  total += x
  seen = true
}
mean = Double(total) / 3
print(longestCommonPrefix(["interview", "internet", "interval"]), total, mean, seen)
print(longestCommonPrefix([]).isEmpty, String().count)

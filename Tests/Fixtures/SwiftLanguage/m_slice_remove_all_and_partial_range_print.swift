var numbers = Array(1...10)
var sub = numbers[4...]
sub.removeFirst()
print(sub, sub.startIndex)
sub.removeAll()
print(sub, sub.startIndex, sub.isEmpty)
sub.append(7)
print(sub, sub.startIndex, sub[0])
print(..<3, ...4)

let score = 72
let grade = if score >= 90 { "A" } else if score >= 70 { "B" } else { "C" }
print(grade)
let label = switch score % 2 {
case 0: "even"
default: "odd"
}
print(label)

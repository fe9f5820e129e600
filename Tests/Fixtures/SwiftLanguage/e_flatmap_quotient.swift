// Optional.flatMap keeps the closure's optional; Int.quotientAndRemainder(dividingBy:).
let opt: Int? = 4
let none: Int? = nil
print(opt.flatMap { $0 > 3 ? $0 : nil } as Any, opt.flatMap { $0 > 9 ? $0 : nil } as Any, none.flatMap { $0 } as Any)
let parsed = Optional("12").flatMap { Int($0) }
print(parsed as Any, (parsed ?? 0) + 1)
print(17.quotientAndRemainder(dividingBy: 5), (-17).quotientAndRemainder(dividingBy: 5))
let (q, r) = 100.quotientAndRemainder(dividingBy: 7)
let parts = 59.quotientAndRemainder(dividingBy: 60)
print(q, r, parts.quotient, parts.remainder)
func clock(_ seconds: Int) -> String {
  let (h, rest) = seconds.quotientAndRemainder(dividingBy: 3600)
  let (m, s) = rest.quotientAndRemainder(dividingBy: 60)
  return "\(h)h \(m)m \(s)s"
}
print(clock(3725), clock(59))

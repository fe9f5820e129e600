// Result(catching:), with a trailing closure and with its label.
enum ParseError: Error { case notANumber(String) }
func parse(_ s: String) throws -> Int {
  guard let n = Int(s) else { throw ParseError.notANumber(s) }
  return n
}
let inputs = ["12", "x", "7"]
let results = inputs.map { s in Result { try parse(s) } }
for r in results {
  switch r {
  case .success(let n): print("parsed", n)
  case .failure(let e): print("failed", e)
  }
}
let doubled = Result(catching: { try parse("21") }).map { $0 * 2 }
print(try doubled.get())
let sum = results.compactMap { try? $0.get() }.reduce(0, +)
print(sum)

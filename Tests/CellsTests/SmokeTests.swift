import Testing
@testable import Cells

@Test func smoke() {
  print(output("let x = 2\nprint(x * 21)"))
  print(output("let z: Double = 7 / 2\nprint(z, 7 / 2, 1.0 / 3)"))
  print(output("var s = 0\nfor i in 0..<10 { s += i }\nprint(\"s = \\(s)\")"))
  print(output("func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }\nprint(fib(20))"))
  print(output("let xs = [\"a\", \"b\"]\nprint(xs)\nxs"))
  print(output("print([1, 2, 3].reduce(0, +), [1,2,3].map { $0 * 2 })"))
  print(output("var c = 0\nlet inc = { c += 1 }\ninc(); inc()\nprint(c)"))
  print(output("print(String(format: \"%.3f %d %@ %5.1f%%\", 3.14159, 42, \"hi\", 99.5))"))
  print(output("func greet(name: String, loud: Bool = false) -> String { loud ? name.uppercased() : name }\nprint(greet(name: \"ann\"), greet(name: \"bo\", loud: true))"))
  print(failure("let a = Int.max\nlet b = a + 1") as Any)
  print(failure("let xs = [1]\nprint(xs[3])") as Any)
  print(failure("pritn(1)") as Any)
  print(failure("let x = (1 +") as Any)
  print(failure("class A {}") as Any)
  print(failure("while true {}") as Any)
  print(failure("func f(_ n: Int) -> Int { f(n + 1) }\nf(0)") as Any)
}

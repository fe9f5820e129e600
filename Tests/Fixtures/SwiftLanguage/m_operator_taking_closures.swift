precedencegroup ForwardApplication {
    associativity: left
    higherThan: AssignmentPrecedence
}
infix operator |>: ForwardApplication
func |> <A, B>(x: A, f: (A) -> B) -> B { f(x) }
infix operator >>>: ForwardApplication
func >>> <A, B, C>(f: @escaping (A) -> B, g: @escaping (B) -> C) -> (A) -> C { { g(f($0)) } }
let double = { (x: Int) in x * 2 }
let inc = { (x: Int) in x + 1 }
let square = { (x: Int) in x * x }
print(3 |> double |> inc, 3 |> (double >>> square), (inc >>> double >>> square)(1))
print(5 |> { $0 - 1 }, "swift" |> { $0.uppercased() })

// Generic typealiases: a closure type, a labeled tuple and a nested array, each with a parameter.
typealias Handler<T> = (Result<T, Error>) -> Void
typealias Pair<A> = (first: A, second: A)
typealias Grid<Cell> = [[Cell]]
enum LoadError: Error { case missing }
func load(_ ok: Bool, completion: Handler<String>) {
  completion(ok ? .success("loaded") : .failure(LoadError.missing))
}
load(true) { r in
  switch r {
  case .success(let s): print(s)
  case .failure(let e): print("error", e)
  }
}
load(false) { print($0) }
func swapped<A>(_ p: Pair<A>) -> Pair<A> { (p.second, p.first) }
let p: Pair<Int> = (first: 1, second: 2)
print(swapped(p), swapped(p).first)
var g: Grid<Character> = [["a", "b"], ["c", "d"]]
g[1][0] = "z"
print(g, g.count)

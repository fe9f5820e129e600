struct Pair<A, B> {
    let first: A
    let second: B
    func swapped() -> Pair<B, A> { Pair<B, A>(first: second, second: first) }
}
let p = Pair(first: 1, second: "one")
print(type(of: p), type(of: p.swapped()), p.swapped())
struct Grid<T> {
    var cells: [T]
    func map<U>(_ f: (T) -> U) -> Grid<U> { Grid<U>(cells: cells.map(f)) }
}
let g = Grid(cells: [1, 2, 3])
print(type(of: g.map { $0 % 2 == 0 }), g.map { "\($0)" })
let e = Grid<Double>(cells: [])
print(e, type(of: e))

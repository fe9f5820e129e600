// Result from a throwing parser, unwrapped with get(), mapped, and switched over.
enum InputError: Error {
    case negative(Int)
}

func validated(_ n: Int) -> Result<Int, InputError> {
    n < 0 ? .failure(.negative(n)) : .success(n)
}

let results = [4, -2, 9].map(validated)
for r in results {
    switch r {
    case .success(let v): print("ok", v)
    case .failure(.negative(let v)): print("negative:", v)
    }
}
let doubled = results[0].map { $0 * 2 }
if case .success(let d) = doubled { print("doubled", d) }
do {
    let v = try results[1].get()
    print("unexpected", v)
} catch {
    print("caught", error)
}
let total = results.compactMap { try? $0.get() }.reduce(0, +)
print(total)

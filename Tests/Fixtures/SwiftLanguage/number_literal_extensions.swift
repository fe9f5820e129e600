// Members that extensions give numbers, used on literals: the literal takes the type that has them.
extension Double {
    var km: Double { self * 1000 }
    var cm: Double { self / 100 }
}

extension Int {
    subscript(digit: Int) -> Int {
        var base = 1
        for _ in 0..<digit { base *= 10 }
        return (self / base) % 10
    }
    var isEven: Bool { self % 2 == 0 }
}

let run = 5.km + 250.cm
print(run, 42.km, 1.5.km)
print(9071[0], 9071[1], 9071[3], 9071[6])
let year = 2024
print(year[2], year.isEven, 7.isEven)
print("abc".elementsEqual(["a", "b", "c"]), [1, 2, 3].elementsEqual([1, 2]), (1...3).elementsEqual([1, 2, 3]))

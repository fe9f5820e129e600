enum Token: Equatable {
    case number(Double)
    case op(Character)
    case leftParen, rightParen
}

func tokenize(_ input: String) -> [Token] {
    var tokens: [Token] = []
    var current = ""
    for ch in input {
        if ch.isNumber || ch == "." {
            current.append(ch)
            continue
        }
        if !current.isEmpty {
            tokens.append(.number(Double(current)!))
            current = ""
        }
        switch ch {
        case "+", "-", "*", "/": tokens.append(.op(ch))
        case "(": tokens.append(.leftParen)
        case ")": tokens.append(.rightParen)
        default: break
        }
    }
    if !current.isEmpty { tokens.append(.number(Double(current)!)) }
    return tokens
}

func precedence(_ op: Character) -> Int {
    switch op {
    case "*", "/": return 2
    default: return 1
    }
}

func evaluate(_ tokens: [Token]) -> Double {
    var output: [Double] = []
    var ops: [Token] = []
    func apply() {
        guard case let .op(o)? = ops.popLast() else { return }
        let b = output.removeLast(), a = output.removeLast()
        switch o {
        case "+": output.append(a + b)
        case "-": output.append(a - b)
        case "*": output.append(a * b)
        default: output.append(a / b)
        }
    }
    for t in tokens {
        switch t {
        case .number(let v): output.append(v)
        case .op(let o):
            while case .op(let top)? = ops.last, precedence(top) >= precedence(o) {
                apply()
            }
            ops.append(t)
        case .leftParen: ops.append(t)
        case .rightParen:
            while let last = ops.last, last != .leftParen { apply() }
            ops.removeLast()
        }
    }
    while !ops.isEmpty { apply() }
    return output.last ?? 0
}

for expr in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "2 * (3 + 4) * 5"] {
    print(expr, "=", evaluate(tokenize(expr)))
}
print(tokenize("3+4"))

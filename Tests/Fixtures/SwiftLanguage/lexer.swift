enum Token: Equatable {
    case number(Int)
    case identifier(String)
    case op(Character)
    case lparen, rparen
}

enum LexError: Error {
    case unexpected(Character, Int)
}

func tokenize(_ input: String) throws -> [Token] {
    var tokens: [Token] = []
    var chars = Array(input)
    var i = 0
    while i < chars.count {
        let c = chars[i]
        switch c {
        case " ", "\t":
            i += 1
        case "0"..."9":
            var value = 0
            while i < chars.count, let d = chars[i].wholeNumberValue {
                value = value * 10 + d
                i += 1
            }
            tokens.append(.number(value))
        case "a"..."z", "A"..."Z", "_":
            var name = ""
            while i < chars.count && (chars[i].isLetter || chars[i].isNumber || chars[i] == "_") {
                name.append(chars[i])
                i += 1
            }
            tokens.append(.identifier(name))
        case "+", "-", "*", "/":
            tokens.append(.op(c))
            i += 1
        case "(":
            tokens.append(.lparen); i += 1
        case ")":
            tokens.append(.rparen); i += 1
        default:
            throw LexError.unexpected(c, i)
        }
    }
    chars.removeAll()
    return tokens
}

func describe(_ t: Token) -> String {
    switch t {
    case .number(let n): return "NUM(\(n))"
    case .identifier(let s): return "ID(\(s))"
    case .op(let c): return "OP(\(c))"
    case .lparen: return "LP"
    case .rparen: return "RP"
    }
}

for source in ["x1 + 42 * (y - 7)", "foo_bar/3", "a $ b"] {
    do {
        let tokens = try tokenize(source)
        print(tokens.map(describe).joined(separator: " "))
        print(tokens.count, tokens.contains(.op("*")))
    } catch LexError.unexpected(let c, let pos) {
        print("Unexpected '\(c)' at \(pos)")
    } catch {
        print("other error")
    }
}
print(try! tokenize("1+2"))

import Foundation
enum Token: Equatable, CustomStringConvertible {
    case number(Double)
    case op(Character)
    case lparen, rparen

    var description: String {
        switch self {
        case .number(let n): return "num(\(n))"
        case .op(let c): return "op(\(c))"
        case .lparen: return "("
        case .rparen: return ")"
        }
    }
}

enum CalcError: Error {
    case unexpected(Character, at: Int)
    case mismatchedParens
    case divisionByZero
}

func tokenize(_ input: String) throws -> [Token] {
    var tokens: [Token] = []
    var index = input.startIndex
    while index < input.endIndex {
        let ch = input[index]
        if ch.isWhitespace {
            index = input.index(after: index)
        } else if ch.isNumber || ch == "." {
            var end = index
            while end < input.endIndex && (input[end].isNumber || input[end] == ".") {
                end = input.index(after: end)
            }
            tokens.append(.number(Double(input[index..<end])!))
            index = end
        } else if "+-*/".contains(ch) {
            tokens.append(.op(ch))
            index = input.index(after: index)
        } else if ch == "(" {
            tokens.append(.lparen); index = input.index(after: index)
        } else if ch == ")" {
            tokens.append(.rparen); index = input.index(after: index)
        } else {
            throw CalcError.unexpected(ch, at: input.distance(from: input.startIndex, to: index))
        }
    }
    return tokens
}

func precedence(_ op: Character) -> Int { op == "+" || op == "-" ? 1 : 2 }

func toRPN(_ tokens: [Token]) throws -> [Token] {
    var output: [Token] = []
    var stack: [Token] = []
    for token in tokens {
        switch token {
        case .number: output.append(token)
        case .op(let o):
            while case .op(let top)? = stack.last, precedence(top) >= precedence(o) {
                output.append(stack.removeLast())
            }
            stack.append(token)
        case .lparen: stack.append(token)
        case .rparen:
            while let top = stack.last, top != .lparen { output.append(stack.removeLast()) }
            guard stack.popLast() == .lparen else { throw CalcError.mismatchedParens }
        }
    }
    while let top = stack.popLast() {
        if top == .lparen { throw CalcError.mismatchedParens }
        output.append(top)
    }
    return output
}

func evaluate(_ rpn: [Token]) throws -> Double {
    var stack: [Double] = []
    for token in rpn {
        switch token {
        case .number(let n): stack.append(n)
        case .op(let o):
            let b = stack.removeLast(), a = stack.removeLast()
            switch o {
            case "+": stack.append(a + b)
            case "-": stack.append(a - b)
            case "*": stack.append(a * b)
            default:
                if b == 0 { throw CalcError.divisionByZero }
                stack.append(a / b)
            }
        default: break
        }
    }
    return stack.last ?? 0
}

for expr in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 0.5", "2 * (3 + 4) * 5", "1 / 0", "(1 + 2", "3 $ 4", "8 - 3 - 2"] {
    do {
        let tokens = try tokenize(expr)
        let rpn = try toRPN(tokens)
        print(expr, "=>", rpn.map(\.description).joined(separator: " "), "=", try evaluate(rpn))
    } catch CalcError.unexpected(let c, let pos) {
        print(expr, "error: unexpected '\(c)' at \(pos)")
    } catch {
        print(expr, "error:", error)
    }
}
let s = "hello, world"
if let comma = s.firstIndex(of: ",") {
    print(s[..<comma], String(s[s.index(after: comma)...]).trimmingCharacters(in: .whitespaces))
    print(s.distance(from: s.startIndex, to: comma), s[s.index(s.startIndex, offsetBy: 7)])
}
print(s.prefix(5), s.suffix(5), s.dropFirst(7), s.dropLast(7))

import Foundation

func hanoi(_ n: Int, from: String, to: String, via: String, moves: inout [String]) {
    guard n > 0 else { return }
    hanoi(n - 1, from: from, to: via, via: to, moves: &moves)
    moves.append("\(from)->\(to)")
    hanoi(n - 1, from: via, to: to, via: from, moves: &moves)
}
var moves: [String] = []
hanoi(3, from: "A", to: "C", via: "B", moves: &moves)
print("Moves: \(moves.count)")
print(moves.joined(separator: " "))

enum RPNError: Error {
    case stackUnderflow
    case unknownToken(String)
}

func evalRPN(_ expr: String) throws -> Double {
    var stack = [Double]()
    for token in expr.split(separator: " ") {
        if let v = Double(token) {
            stack.append(v)
            continue
        }
        guard stack.count >= 2 else { throw RPNError.stackUnderflow }
        let b = stack.removeLast()
        let a = stack.removeLast()
        switch token {
        case "+": stack.append(a + b)
        case "-": stack.append(a - b)
        case "*": stack.append(a * b)
        case "/": stack.append(a / b)
        case "^": stack.append(pow(a, b))
        default: throw RPNError.unknownToken(String(token))
        }
    }
    return stack.last ?? 0
}
for e in ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 ^", "1 +", "4 2 %"] {
    do {
        let r = try evalRPN(e)
        print("\(e) = \(r)")
    } catch RPNError.unknownToken(let t) {
        print("\(e): unknown token \(t)")
    } catch {
        print("\(e): error \(error)")
    }
}

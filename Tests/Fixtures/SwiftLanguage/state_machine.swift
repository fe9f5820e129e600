enum TrafficLight: String, CaseIterable {
    case red, yellow, green
    var next: TrafficLight {
        switch self {
        case .red: return .green
        case .green: return .yellow
        case .yellow: return .red
        }
    }
    var duration: Int {
        switch self {
        case .red: 30
        case .yellow: 5
        case .green: 25
        }
    }
}
var light = TrafficLight.red
var elapsed = 0
for _ in 0..<7 {
    print("\(light.rawValue.uppercased()) for \(light.duration)s")
    elapsed += light.duration
    light = light.next
}
print("elapsed \(elapsed)")
print(TrafficLight.allCases)
print(TrafficLight(rawValue: "green") ?? .red, TrafficLight(rawValue: "blue") as Any)

enum Event { case coin, push }
enum Turnstile {
    case locked(coins: Int)
    case unlocked
    mutating func handle(_ e: Event) -> String {
        switch (self, e) {
        case (.locked(let c), .coin):
            self = .unlocked
            return "unlock after \(c + 1) coin(s)"
        case (.locked(let c), .push):
            self = .locked(coins: c)
            return "still locked"
        case (.unlocked, .push):
            self = .locked(coins: 0)
            return "pass and lock"
        case (.unlocked, .coin):
            return "thank you"
        }
    }
}
var t = Turnstile.locked(coins: 0)
for e in [Event.push, .coin, .coin, .push, .push] {
    print(e, "->", t.handle(e))
}
print(t)
enum Token: Equatable {
    case number(Int)
    case op(Character)
    case paren(open: Bool)
}
func tokenize(_ s: String) -> [Token] {
    var tokens: [Token] = []
    var num: Int? = nil
    for ch in s {
        if let d = ch.wholeNumberValue {
            num = (num ?? 0) * 10 + d
            continue
        }
        if let n = num { tokens.append(.number(n)); num = nil }
        switch ch {
        case "+", "-", "*", "/": tokens.append(.op(ch))
        case "(": tokens.append(.paren(open: true))
        case ")": tokens.append(.paren(open: false))
        default: break
        }
    }
    if let n = num { tokens.append(.number(n)) }
    return tokens
}
let toks = tokenize("12 + (34 * 5) - 6")
print(toks)
print(toks.count, toks.contains(.op("*")), toks.first == .number(12))
for case .number(let n) in toks { print("num", n) }

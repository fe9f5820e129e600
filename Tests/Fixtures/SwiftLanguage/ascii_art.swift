func triangle(_ n: Int) {
    for i in 1...n {
        print(String(repeating: " ", count: n - i) + String(repeating: "*", count: 2 * i - 1))
    }
}

func diamond(_ n: Int) {
    let rows = Array(1...n) + Array((1..<n).reversed())
    for i in rows {
        let spaces = String(repeating: " ", count: n - i)
        print(spaces + String(repeating: "#", count: 2 * i - 1))
    }
}

func histogram(_ data: [String: Int]) {
    let width = data.keys.map { $0.count }.max() ?? 0
    for (key, value) in data.sorted(by: { $0.key < $1.key }) {
        let label = key + String(repeating: " ", count: width - key.count)
        print("\(label) | \(String(repeating: "█", count: value)) \(value)")
    }
}

func box(_ text: String) {
    let line = "+" + String(repeating: "-", count: text.count + 2) + "+"
    print(line)
    print("| \(text) |")
    print(line)
}

triangle(4)
diamond(3)
histogram(["apples": 5, "kiwi": 2, "bananas": 7, "fig": 1])
box("Hello, ASCII!")
for row in 0..<5 {
    var line = ""
    for col in 0..<10 {
        line += (row + col) % 2 == 0 ? "▓" : "░"
    }
    print(line)
}
let bars = [3, 1, 4, 1, 5]
for level in stride(from: bars.max()!, to: 0, by: -1) {
    print(bars.map { $0 >= level ? "|" : " " }.joined(separator: " "))
}

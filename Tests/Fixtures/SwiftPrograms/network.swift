import Foundation
struct Layer {
    var weights: [[Double]]
    var biases: [Double]
    func forward(_ input: [Double]) -> [Double] {
        var out: [Double] = []
        for (row, b) in zip(weights, biases) {
            var z = b
            for (w, x) in zip(row, input) { z += w * x }
            out.append(max(0, z))
        }
        return out
    }
}
let layer = Layer(weights: [[0.5, -1.0], [1.5, 0.25]], biases: [0.1, -0.2])
print(layer.forward([1.0, 2.0]), layer.forward([-1, 0.5]))
var network = [layer, Layer(weights: [[1, 1]], biases: [0])]
var activation = [2.0, 1.0]
for l in network { activation = l.forward(activation) }
print(activation)
network[0].biases[1] = 5
print(network[0].biases, layer.biases)
func softmax(_ z: [Double]) -> [Double] {
    let m = z.max() ?? 0
    let e = z.map { exp($0 - m) }
    let s = e.reduce(0, +)
    return e.map { $0 / s }
}
let p = softmax([1, 2, 3])
print(p.map { String(format: "%.4f", $0) }, String(format: "%.6f", p.reduce(0, +)))
let lr = 0.01
var losses: [Double] = []
var weight = 5.0
for step in 0..<100 {
    let grad = 2 * (weight - 1)
    weight -= lr * 10 * grad
    if step % 25 == 0 { losses.append((weight - 1) * (weight - 1)) }
}
print(losses.map { String(format: "%.3e", $0) }, String(format: "%.6f", weight))
let labels = [0, 1, 1, 0, 1]
let predictions = [0, 1, 0, 0, 1]
let correct = zip(labels, predictions).filter { $0 == $1 }.count
print("accuracy:", Double(correct) / Double(labels.count))
var confusion = [[0, 0], [0, 0]]
for (t, q) in zip(labels, predictions) { confusion[t][q] += 1 }
print(confusion)
let t: (Int, (String, Double)) = (1, ("a", 2.5))
print(t.1.0, t.1.1, t)
let ints = [3, -1, 4, -1, 5, -9]
print(ints.map(abs), ints.filter { $0 < 0 }.count, ints.sorted { abs($0) < abs($1) })

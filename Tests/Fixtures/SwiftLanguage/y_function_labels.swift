// Functions chosen by their full names (`area(square:)`) and stored as values.
func area(square side: Double) -> Double { side * side }
func area(circle radius: Double) -> Double { 3.0 * radius * radius }
func area(width: Double, height: Double) -> Double { width * height }

func log(info message: String) { print("[info]", message) }
func log(warning message: String) { print("[warn]", message) }
func log(_ message: String) { print("[plain]", message) }

var measure: (Double) -> Double = area(square:)
print(measure(3))
measure = area(circle:)
print(measure(3))
let rectangle: (Double, Double) -> Double = area(width:height:)
print(rectangle(2, 5))

let shapes: [(String, (Double) -> Double)] = [("square", area(square:)), ("circle", area(circle:))]
for (name, f) in shapes { print(name, [1.0, 2.0].map(f)) }

var logger = log(warning:)
logger("disk almost full")
logger = log(info:)
logger("backup done")
let plain: (String) -> Void = log(_:)
plain("hello")
["a", "b"].forEach(log(warning:))

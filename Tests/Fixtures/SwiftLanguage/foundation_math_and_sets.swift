import Foundation

// The Foundation functions and constants that math and text tutorials reach for.
print(M_PI == Double.pi, M_E)
print(fmod(7.5, 2.0), fmod(-7.5, 2.0), hypot(3.0, 4.0), fabs(-2.25))
print((2.7).rounded(.down), (-2.7).rounded(.down), (2.2).rounded(.up))
print((2.5).rounded(.toNearestOrEven), (3.5).rounded(.toNearestOrEven), (2.5).rounded(.toNearestOrAwayFromZero))
print((-2.7).rounded(.towardZero), (2.1).rounded(.awayFromZero))
print((7.0).remainder(dividingBy: 4), (5.0).remainder(dividingBy: 4))
let circleArea = { (r: Double) in M_PI * r * r }
print(String(format: "%.4f", circleArea(2)))

let text = "Hello, world! Is this fun? Yes."
let sentences = text.components(separatedBy: CharacterSet(charactersIn: ".!?"))
    .map { $0.trimmingCharacters(in: .whitespaces) }
    .filter { !$0.isEmpty }
print(sentences)
print("--==title==--".trimmingCharacters(in: CharacterSet(charactersIn: "-=")))
let cleaned = text.components(separatedBy: .punctuationCharacters).joined()
print(cleaned)

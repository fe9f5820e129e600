import Foundation

extension Double {
  func rounded(to places: Int) -> Double {
    var factor = 1.0
    for _ in 0..<places { factor *= 10 }
    return (self * factor).rounded() / factor
  }
  var half: Double { self / 2 }
}

let x = 3.14159
print(x.rounded(to: 2))
print(x.half)
print(10.0.half)

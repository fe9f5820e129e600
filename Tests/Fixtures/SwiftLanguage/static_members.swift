struct Temperature {
  var celsius: Double
  static let freezing = Temperature(celsius: 0)
  static func fromFahrenheit(_ f: Double) -> Temperature {
    Temperature(celsius: (f - 32) * 5 / 9)
  }
  var fahrenheit: Double { celsius * 9 / 5 + 32 }
}

let t = Temperature.fromFahrenheit(212)
print(t.celsius)
print(Temperature.freezing.fahrenheit)

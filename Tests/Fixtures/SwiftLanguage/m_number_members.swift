let values = [-7, 0, 12]
print(values.map { $0.signum() }, values.map { $0.distance(to: 10) }, values.map { $0.advanced(by: -2) })
print(4.0.distance(to: 1.5), 1.25.advanced(by: 0.5))
var steps = 0
var position = 3
while position.distance(to: 20) > 0 { position = position.advanced(by: 4); steps += 1 }
print(steps, position, (position - 30).signum())

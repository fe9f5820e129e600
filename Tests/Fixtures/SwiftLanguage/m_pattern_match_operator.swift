let half = (0.0...1.0)
let n = 7
print(half ~= 2.0, half ~= 0.5, 1...10 ~= n, 1..<n ~= n, "a" ~= "a")
if 0..<10 ~= n { print("digit") }

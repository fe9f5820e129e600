import Foundation
print(UInt8(exactly: 256) as Any, Int16(exactly: 1000)!, UInt8(exactly: 2.5) as Any, Int8(exactly: -128.0) as Any, UInt32(exactly: -1) as Any)
print(UInt8(200), Int(exactly: 3.0) as Any)
print(Int8(exactly: 5) as Any, Int8(exactly: -128.0) as Any, Int8(exactly: 2.0) as Any)
print(UInt8("5"))
let z = UInt8("5")
print(z)
print(Int("5") as Any)

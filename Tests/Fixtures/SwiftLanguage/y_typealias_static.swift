// Type aliases of standard integer and floating-point types, used for their static members.
typealias AudioSample = Int16
typealias Byte = UInt8
typealias Distance = Double

let range = Int(AudioSample.max) - Int(AudioSample.min)
print("sample range:", AudioSample.min, AudioSample.max, range)
print("byte:", Byte.min, Byte.max, Byte.bitWidth)
let samples: [AudioSample] = [120, -3000, 32000, -32768]
let loudest = samples.map { abs(Int($0)) }.max()!
print("loudest:", loudest, "headroom:", Int(AudioSample.max) - loudest)
var nearest = Distance.infinity
for d in [12.5, 3.25, 7.0] where d < nearest { nearest = d }
print("nearest:", nearest, Distance.pi > 3)
let quiet = samples.filter { abs(Int($0)) < Int(AudioSample.max) / 2 }
print("quiet:", quiet)
let checksum = samples.reduce(Byte.zero) { $0 &+ Byte(truncatingIfNeeded: $1) }
print("checksum:", checksum)

// Playground code written for several Swift versions keeps only the active clause.
#if swift(>=4.2)
  print("Swift 4.2 or later")
#else
  print("an old Swift")
#endif

#if os(Linux) && arch(x86_64)
  let platform = "Linux on x86_64"
#elseif os(macOS)
  let platform = "macOS"
#else
  let platform = "elsewhere"
#endif
print(platform)

#if DEBUG
  print("debug build")
#endif

#if !canImport(UIKit) || false
  print("no UIKit here")
#endif

struct Counter {
  var n = 0
  #if swift(<4)
    mutating func step() { n += 100 }
  #else
    mutating func step() { n += 1 }
  #endif
}
var c = Counter()
c.step()
c.step()
print(c.n)

import Foundation
let s = "abc"
print(s.appending("def"), "x".appending(s).count)

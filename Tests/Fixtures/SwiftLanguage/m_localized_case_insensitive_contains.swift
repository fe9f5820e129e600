import Foundation
let titles = ["The Selfish Gene", "Dune", "Brave New World"]
print(titles.filter { $0.localizedCaseInsensitiveContains("the") }, "ABC".localizedCaseInsensitiveContains("bc"))

// A do block's variables end with it; a subclass runs its own deinit, then its superclass's.
class Resource {
    let name: String
    init(_ name: String) { self.name = name; print("open \(name)") }
    deinit { print("close \(name)") }
}
final class TempFile: Resource {
    deinit { print("delete \(name)") }
}
class Builder {
    var parts: [String] = []
    func add(_ p: String) -> Self {
        parts.append(p)
        return self
    }
}
final class HTMLBuilder: Builder {
    func tag(_ t: String) -> Self { add("<\(t)>") }
}
do {
    let a = Resource("a")
    let t = TempFile("t")
    for r in [a, t] { print("using \(r.name)") }
}
print("after the block")
let html = HTMLBuilder().tag("p").add("text").tag("/p")
print(html.parts.joined())
var keep: Resource? = Resource("kept")
keep = nil
print("end")

// An associated value written `_: Type` has no label, and String.Element is Character.
indirect enum Chain<Element> {
    case end
    case link(_: Element, rest: Chain)

    func prepend(_ e: Element) -> Chain { .link(e, rest: self) }

    var items: [Element] {
        switch self {
        case .end: return []
        case .link(let e, let rest): return [e] + rest.items
        }
    }
}

let chain = Chain<Int>.end.prepend(3).prepend(2).prepend(1)
print(chain.items)
let letters: [String.Element] = ["s", "w", "i", "f", "t"]
print(String(letters), letters.count)

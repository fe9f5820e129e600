extension Sequence where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
    func evens() -> [Element] { self.filter { _ in true } }
}
print([3, 1, 3].uniqued(), "mississippi".uniqued(), "ab".evens())

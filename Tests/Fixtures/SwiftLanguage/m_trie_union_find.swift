final class TrieNode {
    var children: [Character: TrieNode] = [:]
    var isWord = false
    var count = 0
}

final class Trie {
    private let root = TrieNode()

    func insert(_ word: String) {
        var node = root
        for ch in word {
            if node.children[ch] == nil {
                node.children[ch] = TrieNode()
            }
            node = node.children[ch]!
            node.count += 1
        }
        node.isWord = true
    }

    func contains(_ word: String) -> Bool {
        find(word)?.isWord ?? false
    }

    func countPrefix(_ prefix: String) -> Int {
        find(prefix)?.count ?? 0
    }

    private func find(_ s: String) -> TrieNode? {
        var node = root
        for ch in s {
            guard let next = node.children[ch] else { return nil }
            node = next
        }
        return node
    }

    func words(withPrefix prefix: String) -> [String] {
        guard let start = find(prefix) else { return [] }
        var result: [String] = []
        func walk(_ node: TrieNode, _ path: String) {
            if node.isWord { result.append(path) }
            for key in node.children.keys.sorted() {
                walk(node.children[key]!, path + String(key))
            }
        }
        walk(start, prefix)
        return result
    }
}

let trie = Trie()
for w in ["apple", "app", "apply", "apt", "banana", "band", "bandana", "can"] { trie.insert(w) }
print(trie.contains("app"), trie.contains("appl"), trie.contains("bandana"))
print(trie.countPrefix("ap"), trie.countPrefix("ban"), trie.countPrefix("x"))
print(trie.words(withPrefix: "ap"))
print(trie.words(withPrefix: "band"), trie.words(withPrefix: "z"))

struct UnionFind {
    private var parent: [Int]
    private var rank: [Int]
    private(set) var components: Int

    init(_ n: Int) {
        parent = Array(0..<n)
        rank = Array(repeating: 0, count: n)
        components = n
    }

    mutating func find(_ x: Int) -> Int {
        if parent[x] != x { parent[x] = find(parent[x]) }
        return parent[x]
    }

    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Bool {
        let ra = find(a), rb = find(b)
        if ra == rb { return false }
        if rank[ra] < rank[rb] {
            parent[ra] = rb
        } else if rank[ra] > rank[rb] {
            parent[rb] = ra
        } else {
            parent[rb] = ra
            rank[ra] += 1
        }
        components -= 1
        return true
    }
}

var uf = UnionFind(8)
let links = [(0, 1), (2, 3), (1, 3), (4, 5), (0, 2), (6, 7), (5, 6)]
for (a, b) in links {
    let merged = uf.union(a, b)
    print("union(\(a), \(b)) -> \(merged), components: \(uf.components)")
}
print(uf.find(3) == uf.find(0), uf.find(4) == uf.find(7), uf.find(0) == uf.find(4))
// Kruskal
let weighted = [(1, 0, 1), (4, 0, 2), (2, 1, 2), (6, 1, 3), (3, 2, 3), (5, 3, 4), (7, 2, 4)]
var mst = UnionFind(5)
var total = 0
var chosen: [(Int, Int)] = []
for (w, a, b) in weighted.sorted(by: { $0.0 < $1.0 }) where mst.union(a, b) {
    total += w
    chosen.append((a, b))
}
print("MST weight \(total):", chosen)

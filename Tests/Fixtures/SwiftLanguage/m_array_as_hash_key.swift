var visited: Set<[Int]> = [[0, 0]]
var frontier = [[0, 0]]
for _ in 0..<2 {
    var next: [[Int]] = []
    for p in frontier {
        for d in [[0, 1], [1, 0], [0, -1], [-1, 0]] {
            let n = [p[0] + d[0], p[1] + d[1]]
            if visited.insert(n).inserted { next.append(n) }
        }
    }
    frontier = next
}
print(visited.count, frontier.count, visited.contains([1, 1]), visited.contains([3, 0]))
var names: [[Int]: String] = [[1]: "one"]
names[[2, 3]] = "two-three"
names[[1]] = "uno"
print(names[[2, 3]]!, names[[1]]!, names.count, names[[9]] as Any)
let groups = Dictionary(grouping: ["tea", "eat", "ate", "tan", "nat"]) { Array($0.sorted()) }
print(groups.count, groups[Array("aet")]!)

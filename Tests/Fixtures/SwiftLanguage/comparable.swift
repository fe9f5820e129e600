struct Version: Comparable {
  var major: Int
  var minor: Int
  static func < (l: Version, r: Version) -> Bool {
    l.major != r.major ? l.major < r.major : l.minor < r.minor
  }
}

let vs = [Version(major: 2, minor: 0), Version(major: 1, minor: 5), Version(major: 1, minor: 2)]
for v in vs.sorted() { print(v.major, v.minor) }
print(vs.max()!.major)
print(Version(major: 1, minor: 0) < Version(major: 1, minor: 1))

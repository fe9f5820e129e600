/// Traces level lines of a function sampled on a grid (marching squares).
///
/// ```swift
/// let tracer = ContourTracer(xs: xs, ys: ys, values: probabilities)
/// tracer.lines(at: 0.5)        // the decision boundary
/// tracer.rings(above: 0.7)     // the area where p >= 0.7, for a filled band
/// ```
/// Filled contours are drawn by painting `rings(above:)` for rising levels over
/// each other; each area contains the next, so the bands come out right.
struct ContourTracer {
  let xs: [Double]
  let ys: [Double]
  /// Row-major: `values[j * xs.count + i]` is the value at `(xs[i], ys[j])`.
  let values: [Double]

  /// A point where a level crosses a grid edge, named by that edge so the two cells
  /// sharing it join their segments there.
  private struct Crossing: Hashable {
    var column: Int
    var row: Int
    /// Along x from `(column, row)`, or along y.
    var horizontal: Bool
  }

  /// The outlines of the region where the value is at least `level`, as closed rings
  /// (the grid's border closes rings that reach it). Fill them with the even-odd rule.
  func rings(above level: Double) -> [[DataPoint]] {
    trace(level, padded: true)
  }

  /// The curves where the value equals `level`, ending at the grid's border.
  func lines(at level: Double) -> [[DataPoint]] {
    trace(level, padded: false)
  }

  private func trace(_ level: Double, padded: Bool) -> [[DataPoint]] {
    let nx = xs.count
    let ny = ys.count
    guard nx >= 2, ny >= 2, values.count == nx * ny else { return [] }
    // A padded grid has a ring of "outside" nodes sitting on the border nodes, so every
    // region is closed along the border instead of left open.
    let offset = padded ? 1 : 0
    let width = nx + 2 * offset
    let height = ny + 2 * offset

    func value(_ i: Int, _ j: Int) -> Double {
      let (x, y) = (i - offset, j - offset)
      guard x >= 0, x < nx, y >= 0, y < ny else { return -.infinity }
      let v = values[y * nx + x]
      return v.isNaN ? -.infinity : v
    }
    func position(_ i: Int, _ j: Int) -> DataPoint {
      DataPoint(x: xs[min(nx - 1, max(0, i - offset))], y: ys[min(ny - 1, max(0, j - offset))])
    }
    func point(on crossing: Crossing) -> DataPoint {
      let (i, j) = (crossing.column, crossing.row)
      let (i2, j2) = crossing.horizontal ? (i + 1, j) : (i, j + 1)
      let (a, b) = (value(i, j), value(i2, j2))
      let (pa, pb) = (position(i, j), position(i2, j2))
      if a == -.infinity { return pb }
      if b == -.infinity { return pa }
      let t = b == a ? 0.5 : min(1, max(0, (level - a) / (b - a)))
      return DataPoint(x: pa.x + (pb.x - pa.x) * t, y: pa.y + (pb.y - pa.y) * t)
    }

    // Each cell contributes up to two segments between crossings on its edges. The cell's
    // corners and edges are plain locals, not arrays: this runs for every cell of the grid
    // at every level, and four small arrays a cell cost more than the tracing.
    var segments: [(Crossing, Crossing)] = []
    for j in 0..<(height - 1) {
      for i in 0..<(width - 1) {
        // Corners counter-clockwise from (i, j): bottom left, bottom right, top right, top left.
        let (v0, v1, v2, v3) = (value(i, j), value(i + 1, j), value(i + 1, j + 1), value(i, j + 1))
        let (in0, in1, in2, in3) = (v0 >= level, v1 >= level, v2 >= level, v3 >= level)
        // An edge is crossed when its ends disagree; edges in order around the cell.
        let (crossesBottom, crossesRight, crossesTop, crossesLeft) = (in0 != in1, in1 != in2, in2 != in3, in3 != in0)
        guard crossesBottom || crossesRight || crossesTop || crossesLeft else { continue }
        let bottom = Crossing(column: i, row: j, horizontal: true)
        let right = Crossing(column: i + 1, row: j, horizontal: false)
        let top = Crossing(column: i, row: j + 1, horizontal: true)
        let left = Crossing(column: i, row: j, horizontal: false)
        if crossesBottom && crossesRight && crossesTop && crossesLeft {
          // A saddle: the cell's centre decides which corners connect.
          let centre = (0 + v0 + v1 + v2 + v3) / 4
          let centreInside = centre >= level
          if centreInside == in0 {
            segments.append((bottom, right))
            segments.append((top, left))
          } else {
            segments.append((left, bottom))
            segments.append((right, top))
          }
        } else {
          // Exactly two edges are crossed (the corners change sides an even number of times
          // around the cell); the segment runs from the first in edge order to the second.
          let first = crossesBottom ? bottom : crossesRight ? right : top
          let second = crossesLeft ? left : crossesTop ? top : right
          segments.append((first, second))
        }
      }
    }
    return Self.chains(segments, columns: width, rows: height).map { chain in
      Self.withoutRepeats(chain.map(point(on:)))
    }
  }

  /// Joins segments that share a crossing into chains: open ones (ending at the border) first,
  /// then closed loops. Deterministic: segments are visited in grid order.
  ///
  /// A crossing lies on at most two segments (one in each cell beside its edge), so each
  /// crossing's segments are kept in two flat arrays indexed by the crossing's place in the
  /// `columns` × `rows` grid, rather than a dictionary that hashed every lookup.
  private static func chains(_ segments: [(Crossing, Crossing)], columns: Int, rows: Int) -> [[Crossing]] {
    func slot(_ crossing: Crossing) -> Int {
      (crossing.row * columns + crossing.column) * 2 + (crossing.horizontal ? 0 : 1)
    }
    // The first and second segment through each crossing, -1 for none.
    var firstSegment = [Int](repeating: -1, count: columns * rows * 2)
    var secondSegment = firstSegment
    for (index, segment) in segments.enumerated() {
      for end in [slot(segment.0), slot(segment.1)] {
        if firstSegment[end] < 0 { firstSegment[end] = index } else { secondSegment[end] = index }
      }
    }
    var used = [Bool](repeating: false, count: segments.count)
    var chains: [[Crossing]] = []

    func walk(from start: Crossing, segment first: Int) -> [Crossing] {
      var chain = [start]
      var current = start
      var index = first
      while true {
        used[index] = true
        let segment = segments[index]
        let next = segment.0 == current ? segment.1 : segment.0
        chain.append(next)
        current = next
        let end = slot(current)
        if firstSegment[end] >= 0 && !used[firstSegment[end]] {
          index = firstSegment[end]
        } else if secondSegment[end] >= 0 && !used[secondSegment[end]] {
          index = secondSegment[end]
        } else {
          break
        }
      }
      return chain
    }

    // Open chains start where a crossing has only one segment.
    for (index, segment) in segments.enumerated() where !used[index] {
      for end in [segment.0, segment.1] where secondSegment[slot(end)] < 0 && !used[index] {
        chains.append(walk(from: end, segment: index))
      }
    }
    for (index, segment) in segments.enumerated() where !used[index] {
      chains.append(walk(from: segment.0, segment: index))
    }
    return chains
  }

  private static func withoutRepeats(_ points: [DataPoint]) -> [DataPoint] {
    var result: [DataPoint] = []
    for point in points where result.last != point { result.append(point) }
    return result
  }
}

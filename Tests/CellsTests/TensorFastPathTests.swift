import Testing

@testable import Cells

/// The per-operation fast paths of issue 17: products of pending transposes, rows
/// taken without a region, in-place updates. Each must keep Swift's value semantics.
@Suite struct TensorFastPathTests {
  static func matrix(_ rows: Int, _ columns: Int, seed: Double) -> Tensor {
    let t = Tensor(uninitializedShape: [rows, columns], dtype: .float64)
    for i in 0..<t.count { t.storage.set(Double((i * 7 + Int(seed) * 5) % 11) - 5, at: i) }
    return t
  }

  /// The product computed element by element, on explicitly transposed copies.
  static func naiveProduct(_ a: Tensor, _ b: Tensor) -> Tensor {
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
    let out = Tensor(uninitializedShape: [m, n], dtype: .float64)
    for i in 0..<m {
      for j in 0..<n {
        var s = 0.0
        for p in 0..<k { s += a.storage.double(at: i * k + p) * b.storage.double(at: p * n + j) }
        out.storage.set(s, at: i * n + j)
      }
    }
    return out
  }

  @Test func transposeOfAMatrixIsNotCopiedForAProduct() throws {
    let x = Self.matrix(5, 3, seed: 1)
    let y = Self.matrix(5, 4, seed: 2)
    let xt = try x.transposed()
    #expect(xt.shape == [3, 5])
    #expect(xt.transposeOf === x)
    let product = try xt.matmul(y)
    // The product read x in place: the transpose is still pending.
    #expect(xt.transposeOf === x)
    expectClose(product, Self.naiveProduct(x.permuted([1, 0]), y), rtol: 1e-12)

    let z = Self.matrix(4, 3, seed: 3)
    let zt = try z.transposed()
    expectClose(try x.matmul(zt), Self.naiveProduct(x, z.permuted([1, 0])), rtol: 1e-12)
    #expect(zt.transposeOf === z)
    // Both operands pending transposes: xᵀ [3, 5] times wᵀ [5, 2].
    let w = Self.matrix(2, 5, seed: 4)
    expectClose(
      try xt.matmul(try w.transposed()), Self.naiveProduct(x.permuted([1, 0]), w.permuted([1, 0])), rtol: 1e-12)
  }

  @Test func pendingTransposeReadsAsTheTranspose() throws {
    let x = Self.matrix(2, 3, seed: 5)
    let xt = try x.transposed()
    // Any other reader copies the transpose once.
    #expect(xt.doubles == x.permuted([1, 0]).doubles)
    #expect(xt.transposeOf == nil)
    // x.T.T is x's elements again, without a copy.
    let back = try (try x.transposed()).transposed()
    #expect(back.shape == [2, 3])
    #expect(back.storage.base == x.storage.base)
  }

  @Test func transposedProductsInCells() {
    let text = output(
      """
      let x = Tensor([[1, 2], [3, 4], [5, 6]])
      let y = Tensor([[1, 0, 2], [0, 1, 3], [1, 1, 1]])
      print(x.T.matmul(y).scalars)
      print(x.T.matmul(x).scalars, x.matmul(x.T).scalars)
      print(x.T.sum().item(), x.T.shape, (x.T + 1).scalars)
      """)
    #expect(
      text == """
        [6.0, 8.0, 16.0, 8.0, 10.0, 22.0]
        [35.0, 44.0, 44.0, 56.0] [5.0, 11.0, 17.0, 11.0, 25.0, 39.0, 17.0, 39.0, 61.0]
        21.0 [2, 3] [2.0, 4.0, 6.0, 3.0, 5.0, 7.0]
        """)
  }

  /// A transpose taken before an in-place update keeps the elements it saw.
  @Test func transposeTakenEarlierNeverChanges() {
    let text = output(
      """
      var w = Tensor([[1, 2], [3, 4]])
      let t = w.T
      w -= 10 * Tensor([[1, 1], [1, 1]])
      w[0, 0] = 100
      print(t.scalars, w.scalars, t.matmul(Tensor([[1, 0], [0, 1]])).scalars)
      """)
    #expect(text == "[1.0, 3.0, 2.0, 4.0] [100.0, -8.0, -7.0, -6.0] [1.0, 3.0, 2.0, 4.0]")
  }

  @Test func gradientsThroughTransposedProducts() {
    let text = output(
      """
      let x = Tensor([[1, 2], [3, 4], [5, 6]])
      let w = Tensor([[1, -1], [2, 0], [0, 3]])
      let g = gradient(at: w) { w in x.T.matmul(w).sum() }
      let h = gradient(at: w) { w in w.T.matmul(x).sum() }
      let k = gradient(at: w) { w in x.matmul(w.T).sum() }
      print(g.scalars, h.scalars, k.scalars)
      """)
    // d/dw sum(xᵀw) = x·1 (row sums of x broadcast over w's columns); sum(wᵀx) the same;
    // sum(x wᵀ) = column sums of x for every row of w.
    #expect(
      text == "[3.0, 3.0, 7.0, 7.0, 11.0, 11.0] [3.0, 3.0, 7.0, 7.0, 11.0, 11.0] [9.0, 12.0, 9.0, 12.0, 9.0, 12.0]")
  }

  @Test func rowIndexFastPath() {
    let text = output(
      """
      let a = Tensor([[1, 2, 3], [4, 5, 6]])
      print(a[1].scalars, a[-2].scalars, a[1].shape, a[0][2].item(), a[0][2].shape)
      var v = Tensor([7, 8, 9])
      let first = v[0]
      v[0] = 70
      print(first.item(), v[0].item(), v[-1].item())
      """)
    #expect(text == "[4.0, 5.0, 6.0] [1.0, 2.0, 3.0] [3] 3.0 []\n7.0 70.0 9.0")
  }

  @Test func rowIndexOutOfRangeIsALocatedError() {
    let e = failure(
      """
      let a = Tensor([1, 2, 3])
      let b = a[3]
      """)
    #expect(e?.message.contains("index 3 is out of range for axis 0 of size 3") == true)
    #expect(e?.line == 2)
    let f = failure("let a = Tensor([1, 2, 3])\nlet b = a[-4]")
    #expect(f?.message.contains("index -4 is out of range") == true)
  }

  @Test func rowIndexUnderAGradientIsDifferentiable() {
    let text = output(
      """
      let a = Tensor([[1, 2], [3, 4]])
      print(gradient(at: a) { a in (a[1] * a[1]).sum() }.scalars)
      """)
    #expect(text == "[0.0, 0.0, 6.0, 8.0]")
  }

  /// In-place updates where lessons keep tensors: a copy taken earlier never changes.
  @Test func inPlaceUpdatesKeepValueSemanticsEverywhere() {
    let text = output(
      """
      struct Holder { var w: Tensor }
      func local() -> String {
          var a = Tensor([1, 2])
          let copy = a
          a += Tensor([1, 1])
          a = a + Tensor([1, 1])
          return "\\(copy.scalars) \\(a.scalars)"
      }
      func captured() -> () -> String {
          var a = Tensor([1, 2])
          return {
              let copy = a
              a -= Tensor([1, 1])
              return "\\(copy.scalars) \\(a.scalars)"
          }
      }
      var g = Tensor([1, 2])
      let gCopy = g
      g *= 3
      var h = Holder(w: Tensor([1, 2]))
      let hCopy = h
      let wCopy = h.w
      h.w -= 0.5 * Tensor([2, 2])
      var xs = [Tensor([1, 2]), Tensor([3, 4])]
      let xsCopy = xs
      let x0 = xs[0]
      xs[0] += xs[1]
      print(local(), captured()())
      print(gCopy.scalars, g.scalars)
      print(hCopy.w.scalars, wCopy.scalars, h.w.scalars)
      print(xsCopy[0].scalars, x0.scalars, xs[0].scalars)
      """)
    #expect(
      text == """
        [1.0, 2.0] [3.0, 4.0] [1.0, 2.0] [0.0, 1.0]
        [1.0, 2.0] [3.0, 6.0]
        [1.0, 2.0] [1.0, 2.0] [0.0, 1.0]
        [1.0, 2.0] [1.0, 2.0] [4.0, 6.0]
        """)
  }

  /// Tensors the tape holds are never written in place: the gradient is the one of the
  /// values the forward pass saw.
  @Test func tapeTensorsAreNotMutatedInPlace() {
    let text = output(
      """
      let x = Tensor([1, 2, 3])
      let g = gradient(at: x) { x in
          var y = x * x
          let seen = y
          y += 100
          y *= 2
          return (seen * y).sum()
      }
      print(g.scalars)
      """)
    // seen = x², y = 2(x² + 100): d/dx Σ 2x²(x² + 100) = 8x³ + 400x.
    #expect(text == "[408.0, 864.0, 1416.0]")
  }

  /// Small buffers live inside their storage object, larger ones apart: both sides of
  /// the limit hold their elements, are aligned for vector loads, and keep value
  /// semantics through in-place updates and shared (reshaped) storage.
  @Test func storageInsideAndApartFromItsObject() throws {
    for dtype in [DType.float32, .float64] {
      let limit = TensorStorage.inlineLimit / dtype.size
      for n in [1, 3, limit - 1, limit, limit + 1] {
        let t = Tensor(uninitializedShape: [n], dtype: dtype)
        for i in 0..<n { t.storage.set(Double(i % 97), at: i) }
        let inside = n * dtype.size < TensorStorage.inlineLimit
        #expect(t.storage.header.external == !inside, "n \(n) \(dtype)")
        #expect(Int(bitPattern: t.storage.base) % (inside ? 16 : 64) == 0)
        let copy = t.storage.copy()
        #expect(copy.base != t.storage.base && copy.count == n && copy.dtype == dtype)
        #expect((0..<n).allSatisfy { copy.double(at: $0) == Double($0 % 97) })
        let converted = t.storage.converted(to: dtype == .float32 ? .float64 : .float32)
        #expect(converted.double(at: n - 1) == Double((n - 1) % 97))
      }
    }
    let text = output(
      """
      var a = Tensor.ones([1023])
      var b = Tensor.ones([1024])
      let c = Tensor.ones([2000], dtype: .float64)
      let aCopy = a
      let bCopy = b
      let flat = c.reshaped([40, 50])
      a += 1
      b *= 3
      a = a * 2 + a
      var d = c
      d -= 1
      print(aCopy.sum().item(), bCopy.sum().item(), a.sum().item(), b.sum().item())
      print(c.sum().item(), flat.sum().item(), d.sum().item())
      """)
    #expect(text == "1023.0 1024.0 6138.0 3072.0\n2000.0 2000.0 0.0")
  }

  /// `x[i]` of a vector is a rank-0 tensor of that element, in the vector's dtype, from
  /// every place a lesson keeps its tensors; other subscriptable objects keep theirs.
  @Test func elementOfAVector() {
    let text = output(
      """
      struct Box { var v: Tensor }
      let v = Tensor([1.5, 2.5, 3.5], dtype: .float64)
      let box = Box(v: v)
      let xs = [v]
      func local() -> Tensor { let w = v; return w[-1] }
      let e = v[1]
      print(e.shape, e.dtype, e.item(), box.v[0].item(), xs[0][2].item(), local().item())
      print((v[0] + v[2]).item(), Tensor([4, 5])[1].dtype)
      """)
    #expect(text == "[] float64 2.5 1.5 3.5 3.5\n5.0 float32")
  }

  /// `x = v[i]` writes the element into the scalar tensor `x` already holds when nothing
  /// else holds it; everywhere a copy was taken, or the dtype or rank differs, or a tape
  /// or an annotation is involved, `x` gets a new tensor, and every copy keeps its value.
  /// `x = v[i]` between plain variables is written in place (no `eval`, no `modify`):
  /// locals of a function and globals, an index in a variable or a literal, a negative
  /// index, the vector replaced by its own element, and copies taken before.
  @Test func elementAssignmentInPlaceKeepsCopies() {
    let text = output(
      """
      let v = Tensor([1.5, 2.5, 3.5], dtype: .float64)
      func f() -> String {
          var y = v[0]
          let kept = y
          var seen: [Double] = []
          for i in 0..<3 { y = v[i]; seen.append(y.item()) }
          y = v[-3]
          var z = v
          z = z[1]
          return "\\(kept.item()) \\(seen) \\(y.item()) \\(z.shape) \\(z.item())"
      }
      var g = v[2]
      let gCopy = g
      var k = 1
      g = v[k]
      k = 0
      let gBefore = g
      g = v[k]
      print(f(), gCopy.item(), gBefore.item(), g.item(), v.scalars)
      """)
    #expect(text == "1.5 [1.5, 2.5, 3.5] 1.5 [] 2.5 3.5 2.5 1.5 [1.5, 2.5, 3.5]")
  }

  /// `r = a[i]` where `r` or `a` is captured by a closure (written in the variable's box):
  /// copies taken before, inside or outside the closure, never change.
  @Test func elementAssignmentThroughCapturedVariables() {
    let text = output(
      """
      func make() -> (() -> String, () -> Tensor) {
          var a = Tensor([1.5, 2.5, 3.5], dtype: .float64)
          var r = a[0]
          let outside = Tensor([7, 8], dtype: .float64)
          let step = {
              let kept = r
              var seen: [Double] = []
              for i in 0..<3 { r = a[i]; seen.append(r.item()) }
              r = a[-1]
              var local = r
              local = a[0]
              r = outside[1]
              let mixed = r
              r = a[2]
              a = a[1]
              return "\\(kept.item()) \\(seen) \\(local.item()) \\(mixed.item()) \\(r.item()) \\(a.shape) \\(a.item())"
          }
          return (step, { r })
      }
      let (step, read) = make()
      let before = read()
      print(step(), before.item(), read().item())
      """)
    #expect(text == "1.5 [1.5, 2.5, 3.5] 1.5 8.0 3.5 [] 2.5 1.5 3.5")
  }

  /// `p.r = p.a[i]` on a struct's or a class instance's fields, in a global, a function's
  /// local or a captured variable: the element read (a negative index too), and a copy of
  /// the struct or of the field taken before keeps its value; a class instance changes
  /// through every reference. Another dtype, in either direction, or a vector of rank 2
  /// gives a new tensor.
  @Test func elementAssignmentIntoFields() {
    let text = output(
      """
      struct Pair { var a: Tensor; var b: Tensor; var r: Tensor }
      final class Cell {
          var a: Tensor
          var r: Tensor
          init(a: Tensor, r: Tensor) { self.a = a; self.r = r }
      }
      let v = Tensor([1.5, 2.5, 3.5], dtype: .float64)
      var p = Pair(a: v, b: v, r: v[0])
      var seen: [Double] = []
      for i in 0..<3 { p.r = p.a[i]; seen.append(p.r.item()) }
      let pCopy = p
      p.r = p.a[1]
      let rCopy = p.r
      p.r = p.a[-3]
      var k = 2
      let run = { for _ in 0..<2 { p.r = p.a[k] } }
      run()
      func local() -> String {
          var q = Pair(a: v, b: v, r: v[0])
          q.r = q.a[2]
          let qCopy = q
          q.r = q.a[-2]
          let kept = q.r
          q.r = q.a[0]
          return "\\(qCopy.r.item()) \\(kept.item()) \\(q.r.item())"
      }
      func captured() -> () -> String {
          var q = Pair(a: v, b: v, r: v[0])
          return {
              let before = q
              for i in 0..<3 { q.r = q.a[i] }
              q.r = q.a[-2]
              return "\\(before.r.item()) \\(q.r.item())"
          }
      }
      let c = Cell(a: v, r: v[0])
      let alias = c
      c.r = c.a[1]
      let old = c.r
      c.r = c.a[2]
      print(seen, pCopy.r.item(), rCopy.item(), p.r.item(), local(), captured()(), old.item(), alias.r.item())
      var f = Pair(a: Tensor([7, 8]), b: v, r: v[0])
      f.r = f.a[1]
      let f32 = f.r.dtype
      f.r = v[0]
      f.r = f.a[0]
      var m = Pair(a: Tensor([[1.0, 2.0]]), b: v, r: v[0])
      m.r = m.a[0]
      print(f32, f.r.dtype, f.r.item(), m.r.shape)
      """)
    #expect(
      text == """
        [1.5, 2.5, 3.5] 3.5 2.5 3.5 3.5 2.5 1.5 1.5 2.5 2.5 3.5
        float32 float32 7.0 [2]
        """)
  }

  /// `xs[2] = xs[0][i]` on an array's elements, in a global, a function's local or a
  /// captured variable: the element read (a negative index too), and a copy of the array
  /// or of the element taken before keeps its value. Another dtype or a vector of rank 2
  /// gives a new tensor, and arrays of other values are assigned as before.
  @Test func elementAssignmentIntoArrayElements() {
    let text = output(
      """
      let v = Tensor([1.5, 2.5, 3.5], dtype: .float64)
      var xs = [v, v[0], v[1]]
      var seen: [Double] = []
      for i in 0..<3 { xs[2] = xs[0][i]; seen.append(xs[2].item()) }
      let xsCopy = xs
      xs[2] = xs[0][0]
      let e = xs[2]
      xs[2] = xs[0][-2]
      var k = 1
      xs[k] = xs[0][k]
      let run = { for i in 0..<3 { xs[1] = xs[0][i] } }
      run()
      func local() -> String {
          var ys = [v, v[0]]
          ys[1] = ys[0][2]
          let ysCopy = ys
          ys[1] = ys[0][-3]
          let kept = ys[1]
          ys[1] = ys[0][1]
          return "\\(ysCopy[1].item()) \\(kept.item()) \\(ys[1].item())"
      }
      func captured() -> () -> String {
          var ys = [v, v[0]]
          return {
              let before = ys
              for i in 0..<3 { ys[1] = ys[0][i] }
              ys[1] = ys[0][-1]
              return "\\(before[1].item()) \\(ys[1].item())"
          }
      }
      print(seen, xsCopy[2].item(), e.item(), xs[2].item(), xs[1].item(), local(), captured()())
      xs[1] = Tensor([7, 8])[1]
      let d32 = xs[1].dtype
      xs[1] = xs[0][0]
      var ms = [Tensor([[1.0, 2.0]]), v[0]]
      ms[1] = ms[0][0]
      var names = ["a", "b"]
      let words = ["x", "y"]
      names[0] = words[1]
      var nums = [1, 2, 3]
      nums[2] = nums[0]
      var j = 0
      nums[j] = nums[1]
      print(d32, xs[1].dtype, xs[1].item(), ms[1].shape, names, nums)
      """)
    #expect(
      text == """
        [1.5, 2.5, 3.5] 3.5 1.5 2.5 3.5 3.5 1.5 2.5 1.5 3.5
        float32 float64 1.5 [2] ["y", "b"] [2, 2, 1]
        """)
  }

  @Test func elementAssignmentKeepsValueSemanticsEverywhere() {
    let text = output(
      """
      struct Holder { var r: Tensor; var v: Tensor }
      let v = Tensor([1.5, 2.5, 3.5], dtype: .float64)
      var x = v[0]
      let kept = x
      x = v[1]
      let before = x
      x = v[2]
      var reused = v[0]
      for i in 0..<3 { reused = v[i] }
      var h = Holder(r: v[0], v: v)
      let hCopy = h
      h.r = h.v[-1]
      var xs = [v[0], v[1]]
      let xsCopy = xs
      xs[0] = v[2]
      func captured() -> () -> String {
          var r = v[0]
          return { r = v[1]; return "\\(r.item())" }
      }
      var f = Tensor([7, 8])[0]
      f = v[1]
      var m = Tensor([[1.0, 2.0]])[0]
      m = v[0]
      let w = Tensor([1.0, 2.0, 3.0])
      var a = w[0]
      let g = gradient(at: w) { w in
          a = w[2]
          return (w * w).sum()
      }
      a = w[1]
      let n: Tensor = v[0]
      var typed: Tensor = n
      typed = v[2]
      print(kept.item(), before.item(), x.item(), reused.item(), hCopy.r.item(), h.r.item())
      print(xsCopy[0].item(), xs[0].item(), captured()(), f.dtype, f.item(), m.shape, a.item(), g.scalars, typed.item())
      """)
    #expect(
      text == """
        1.5 2.5 3.5 3.5 1.5 3.5
        1.5 3.5 2.5 float64 2.5 [] 2.0 [2.0, 4.0, 6.0] 3.5
        """)
  }

  /// `a = a + b` is computed into `a`'s buffer when nothing else holds it: in every
  /// holder a copy taken earlier keeps its elements, and the result is `a + b`'s.
  @Test func selfUpdateKeepsValueSemanticsEverywhere() {
    let text = output(
      """
      struct Pair { var a: Tensor; var b: Tensor }
      let one = Tensor([1, 1])
      var g = Tensor([1, 2])
      let gCopy = g
      g = g + one
      g = g * 2
      func local() -> String {
          var a = Tensor([1, 2])
          let copy = a
          a = a - one
          a = a / 2
          return "\\(copy.scalars) \\(a.scalars)"
      }
      func captured() -> () -> String {
          var a = Tensor([1, 2])
          return {
              let copy = a
              a = a * 0.5 + one
              a = a + one
              return "\\(copy.scalars) \\(a.scalars)"
          }
      }
      var p = Pair(a: Tensor([1, 2]), b: Tensor([10, 20]))
      let pCopy = p
      p.a = p.a + p.b
      var xs = [Tensor([1, 2]), Tensor([3, 4])]
      let xsCopy = xs
      var k = 0
      xs[k] = xs[k] + xs[1]
      xs[1] = xs[1] - 1
      var t = Tensor([5, 6])
      t[0] = t[0] + 1
      var q = Tensor([1, 2])
      func bump() -> Tensor {
          q = Tensor([100, 100])
          return Tensor([1, 1])
      }
      q = q + bump()
      p.a = p.a + Tensor([1, 1])
      print(gCopy.scalars, g.scalars, local(), captured()())
      print(pCopy.a.scalars, p.a.scalars, xsCopy[0].scalars, xsCopy[1].scalars, xs[0].scalars, xs[1].scalars)
      print(t.scalars, q.scalars, p.a.scalars, pCopy.a.scalars)
      """)
    #expect(
      text == """
        [1.0, 2.0] [4.0, 6.0] [1.0, 2.0] [0.0, 0.5] [1.0, 2.0] [2.5, 3.0]
        [1.0, 2.0] [12.0, 23.0] [1.0, 2.0] [3.0, 4.0] [4.0, 6.0] [2.0, 3.0]
        [6.0, 6.0] [2.0, 3.0] [12.0, 23.0] [1.0, 2.0]
        """)
  }

  /// Where the update cannot go in place: the result grows by broadcasting, the operand
  /// is the place itself, the dtypes differ, a tape records it; and other types, errors.
  @Test func selfUpdateFallsBackWhereItMust() {
    let text = output(
      """
      var a = Tensor([1, 2])
      let m = Tensor([[10, 20], [30, 40]])
      a = a + m
      print(a.shape, a.scalars)
      var b = Tensor([1, 2])
      b = b + b
      var c = Tensor([1, 2])
      let d = Tensor([1, 2], dtype: .float64)
      c = c + d
      print(b.scalars, c.dtype, c.scalars)
      let x = Tensor([1, 2, 3])
      let grad = gradient(at: x) { x in
          var y = x * x
          let seen = y
          y = y + 100
          y = y * 2
          return (seen * y).sum()
      }
      print(grad.scalars)
      var i = 1
      let two = 2
      i = i + two
      var s = "a"
      let t = "b"
      s = s + t
      print(i, s)
      """)
    #expect(
      text == """
        [2, 2] [11.0, 22.0, 31.0, 42.0]
        [2.0, 4.0] float64 [2.0, 4.0]
        [408.0, 864.0, 1416.0]
        3 ab
        """)
    let e = failure(
      """
      var a = Tensor([1, 2, 3])
      let b = Tensor([1, 2])
      a = a + b
      """)
    #expect(e?.message.contains("cannot broadcast") == true)
    #expect(e?.line == 3)
    let f = failure("var i = Int.max\nlet one = 1\ni = i + one")
    #expect(f?.message.contains("overflow") == true)
    #expect(f?.line == 3)
  }

  /// The broadcast of a block repeated over leading dimensions (a bias row) against
  /// the element-by-element definition, with the repeated operand on either side and
  /// a non-commutative operator, in place as well.
  @Test func repeatedTrailingBlockBroadcasts() throws {
    let cases: [([Int], [Int])] = [
      ([4, 3], [1, 3]), ([4, 3], [3]), ([2, 4, 3], [4, 3]), ([2, 4, 3], [1, 1, 3]), ([2, 4, 3], [1, 4, 3]),
      ([4, 3], [4, 1]), ([5, 1], [1, 1]),
    ]
    for (full, block) in cases {
      let a = try Self.matrix(1, Tensor.count(of: full), seed: 1).reshaped(full)
      let b = try Self.matrix(1, Tensor.count(of: block), seed: 2).reshaped(block)
      for (x, y) in [(a, b), (b, a)] {
        let r = try #require(try Tensor.apply(.subtract, x, y))
        #expect(r.shape == full)
        let xs = Tensor.broadcastStrides(x.shape, rank: full.count)
        let ys = Tensor.broadcastStrides(y.shape, rank: full.count)
        let strides = Tensor.strides(of: full)
        for o in 0..<r.count {
          var (i, j) = (0, 0)
          for d in 0..<full.count {
            let k = (o / strides[d]) % full[d]
            i += k * xs[d]
            j += k * ys[d]
          }
          #expect(r.storage.double(at: o) == x.storage.double(at: i) - y.storage.double(at: j), "\(full) \(block)")
        }
      }
      let inPlace = Tensor(shape: full, storage: a.storage.copy())
      inPlace.formCombine(.subtract, b)
      let difference = try #require(try Tensor.apply(.subtract, a, b))
      #expect(inPlace.doubles == difference.doubles)
    }
  }

  /// `x.matmul(w) + b` fused: the same bits as the product and then the addition, for
  /// products of the plain loops and of OpenBLAS (up to the depth it sums in registers),
  /// a pending transpose on either side, both dtypes and both shapes of a bias row.
  @Test func fusedBiasProductHasTheBitsOfTheTwoOperations() throws {
    let random = NNRandom(seed: 7)
    let cases: [(m: Int, k: Int, n: Int, dtype: DType)] = [
      (3, 2, 8, .float32), (4, 5, 3, .float64), (300, 2, 8, .float32), (200, 64, 32, .float32),
      (97, 256, 33, .float64), (64, 64, 64, .float32), (1, 100, 10, .float32),
    ]
    for c in cases {
      let x = Tensor.randomNormal([c.m, c.k], dtype: c.dtype, using: random)
      let xt = try Tensor.randomNormal([c.k, c.m], dtype: c.dtype, using: random).transposed()
      let w = Tensor.randomNormal([c.k, c.n], dtype: c.dtype, using: random)
      let wt = try Tensor.randomNormal([c.n, c.k], dtype: c.dtype, using: random).transposed()
      let row = Tensor.randomNormal([c.n], dtype: c.dtype, using: random)
      let row2 = Tensor.randomNormal([1, c.n], dtype: c.dtype, using: random)
      for (a, b, bias) in [(x, w, row), (xt, w, row2), (x, wt, row), (xt, wt, row2)] {
        let fused = try #require(Tensor.matmulAddingBias(a, b, bias), "\(c)")
        let separate = try a.matmul(b).adding(bias)
        #expect(fused.shape == separate.shape)
        #expect(fused.doubles == separate.doubles, "\(c)")
      }
    }
  }

  /// Where fusing could change a bit or an error, the two operations run as written.
  @Test func fusedBiasProductDeclinesWhereItMust() throws {
    let random = NNRandom(seed: 8)
    let x = Tensor.randomNormal([40, 300], using: random)
    let w = Tensor.randomNormal([300, 20], using: random)
    let b = Tensor.randomNormal([20], using: random)
    // Deeper than OpenBLAS sums in registers, the bias would join the sum early.
    #expect(Tensor.matmulAddingBias(x, w, b) == nil)
    let small = Tensor.randomNormal([4, 3], using: random)
    let sw = Tensor.randomNormal([3, 2], using: random)
    #expect(Tensor.matmulAddingBias(small, sw, Tensor.randomNormal([2], using: random)) != nil)
    #expect(Tensor.matmulAddingBias(small, sw, Tensor.randomNormal([4, 2], using: random)) == nil)
    #expect(Tensor.matmulAddingBias(small, sw, Tensor.randomNormal([3], using: random)) == nil)
    #expect(Tensor.matmulAddingBias(small, sw, Tensor.randomNormal([2], dtype: .float64, using: random)) == nil)
    #expect(Tensor.matmulAddingBias(small, Tensor.randomNormal([2, 2], using: random), sw) == nil)
    #expect(Tensor.matmulAddingBias(Tensor.randomNormal([2, 4, 3], using: random), sw, sw) == nil)

    // In cells: the fused node gives the two operations' results, errors and gradients.
    let text = output(
      """
      let x = Tensor([[1, 2], [3, 4], [5, 6]])
      let w = Tensor([[1, 0, 2], [0, 1, 3]])
      let b = Tensor([10, 20, 30])
      let b2 = Tensor([[1], [2], [3]])
      print((x.matmul(w) + b).scalars)
      print((x.matmul(w) + b2).scalars)
      let v = Tensor([1, 1])
      print((v.matmul(w) + b).scalars)
      func layer(_ x: Tensor, _ w: Tensor, _ b: Tensor) -> Tensor { x.matmul(w) + b }
      print(layer(x, w, b).scalars)
      let g = gradient(at: w, b) { w, b in (x.matmul(w) + b).sum() }
      print(g.0.scalars, g.1.scalars)
      let n = 2.5
      print((x.matmul(w) + n).scalars)
      """)
    #expect(
      text == """
        [11.0, 22.0, 38.0, 13.0, 24.0, 48.0, 15.0, 26.0, 58.0]
        [2.0, 3.0, 9.0, 5.0, 6.0, 20.0, 8.0, 9.0, 31.0]
        [11.0, 21.0, 35.0]
        [11.0, 22.0, 38.0, 13.0, 24.0, 48.0, 15.0, 26.0, 58.0]
        [9.0, 9.0, 9.0, 12.0, 12.0, 12.0] [3.0, 3.0, 3.0]
        [3.5, 4.5, 10.5, 5.5, 6.5, 20.5, 7.5, 8.5, 30.5]
        """)
    let e = failure(
      """
      let x = Tensor([[1, 2], [3, 4]])
      let w = Tensor([[1, 0, 2], [0, 1, 3]])
      let b = Tensor([1, 2])
      let y = x.matmul(w) + b
      """)
    #expect(e?.message.contains("broadcast") == true)
    #expect(e?.line == 4)
  }
}

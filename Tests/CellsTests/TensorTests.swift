import Testing

@testable import Cells

@Suite("Tensors in cells")
struct TensorTests {
  @Test func constructorsAndProperties() {
    let text = output(
      """
      let x = Tensor([[1, 2, 3], [4, 5, 6]])
      print(x.shape, x.rank, x.count, x.dtype)
      let z = Tensor.zeros([2, 3], dtype: .float64)
      print(z.shape, z.dtype, z.scalars)
      print(Tensor.ones([2]).scalars, Tensor.full([2], value: 7).scalars, Tensor.eye(2).scalars)
      print(Tensor.linspace(0, 1, count: 5).scalars)
      print(Tensor.arange(5).scalars, Tensor.arange(1, 2, step: 0.25).scalars)
      print(Tensor([1.0, 2.0, 3.0, 4.0], shape: [2, 2]).shape)
      """)
    #expect(
      text == """
        [2, 3] 2 6 float32
        [2, 3] float64 [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
        [1.0, 1.0] [7.0, 7.0] [1.0, 0.0, 0.0, 1.0]
        [0.0, 0.25, 0.5, 0.75, 1.0]
        [0.0, 1.0, 2.0, 3.0, 4.0] [1.0, 1.25, 1.5, 1.75]
        [2, 2]
        """)
  }

  @Test func displayIsAnAlignedGrid() {
    #expect(
      output("Tensor([[1, 2], [3, 4]])") == """
        Tensor(shape: [2, 2], dtype: float32)
        [[1.0, 2.0],
         [3.0, 4.0]]
        """)
    #expect(
      output("print(Tensor([[1.5, -2], [3, 40.25]], dtype: .float64))") == """
        Tensor(shape: [2, 2], dtype: float64)
        [[ 1.50, -2.00],
         [ 3.00, 40.25]]
        """)
    #expect(output("print(Tensor([0.000012, 1]))") == "Tensor(shape: [2], dtype: float32)\n[1.2000e-05, 1.0000e+00]")
    #expect(output("print(Tensor.zeros([3]).sum())") == "Tensor(0.0, dtype: float32)")
    #expect(
      output("Tensor.arange(8).reshaped(2, 2, 2)") == """
        Tensor(shape: [2, 2, 2], dtype: float32)
        [[[0.0, 1.0],
          [2.0, 3.0]],

         [[4.0, 5.0],
          [6.0, 7.0]]]
        """)
  }

  @Test func displayElidesTheMiddleOfLargeTensors() {
    let text = output("Tensor.arange(2000).reshaped(40, 50)")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "Tensor(shape: [40, 50], dtype: float32)")
    #expect(lines.count == 8)
    #expect(lines[1] == "[[   0.0,    1.0,    2.0, ...,   47.0,   48.0,   49.0],")
    #expect(lines[4] == " ...,")
    #expect(lines[7] == " [1950.0, 1951.0, 1952.0, ..., 1997.0, 1998.0, 1999.0]]")
  }

  @Test func broadcastingFollowsNumPy() {
    let text = output(
      """
      let a = Tensor([[1, 2, 3], [4, 5, 6]])
      print((a + Tensor([10, 20, 30])).scalars)
      print((a * Tensor([[2], [3]])).scalars)
      print((Tensor([[1], [2]]) - Tensor([1, 2, 3])).shape)
      print((2 * a - 1).scalars, (1 / Tensor([2, 4])).scalars, (a / 2.0).scalars)
      print((a > 3).scalars, (a == 2).scalars, (a <= Tensor([1, 5, 9])).scalars)
      print((-a).scalars)
      """)
    #expect(
      text == """
        [11.0, 22.0, 33.0, 14.0, 25.0, 36.0]
        [2.0, 4.0, 6.0, 12.0, 15.0, 18.0]
        [2, 3]
        [1.0, 3.0, 5.0, 7.0, 9.0, 11.0] [0.5, 0.25] [0.5, 1.0, 1.5, 2.0, 2.5, 3.0]
        [0.0, 0.0, 0.0, 1.0, 1.0, 1.0] [0.0, 1.0, 0.0, 0.0, 0.0, 0.0] [1.0, 1.0, 1.0, 0.0, 1.0, 1.0]
        [-1.0, -2.0, -3.0, -4.0, -5.0, -6.0]
        """)
  }

  @Test func mixedDTypesPromoteToFloat64() {
    #expect(
      output("print((Tensor([1], dtype: .float64) + Tensor([2])).dtype, (Tensor([1]) * 2.5).dtype)")
        == "float64 float32")
  }

  @Test func shapeMismatchNamesTheOperationAndBothShapes() {
    let e = failure("let a = Tensor.zeros([2, 3])\nlet b = a + Tensor.ones([4])")
    #expect(e?.message == "+: shapes [2, 3] and [4] cannot broadcast")
    #expect(e?.line == 2)
    let m = failure("let a = Tensor.ones([2, 3])\nlet b = Tensor.ones([2, 3])\nlet c = a.matmul(b)")
    #expect(m?.message == "matmul: [2, 3] and [2, 3] do not align: 3 != 2")
    #expect(m?.line == 3)
    let g = failure("let c = matmul(Tensor.ones([4]), Tensor.ones([3, 2]))")
    #expect(g?.message == "matmul: [4] and [3, 2] do not align: 4 != 3")
    let r = failure("let a = Tensor.ones([6])\nlet b = a.reshaped([4, 2])")
    #expect(r?.message == "reshaped: cannot reshape [6] (6 elements) to [4, 2] (8 elements)")
  }

  @Test func hugeShapesAreRefusedBeforeAllocating() {
    let e = failure("let x = Tensor.zeros([100_000, 100_000, 100])")
    #expect(e?.message.contains("memory limit") == true)
    let b = failure("let x = Tensor.zeros([100_000, 1]) + Tensor.zeros([1, 100_000_000])")
    #expect(b?.message.contains("memory limit") == true)
  }

  @Test func reductions() {
    let text = output(
      """
      let a = Tensor([[1, 5, 3], [4, 2, 6]])
      print(a.sum().item(), a.sum(axis: 0).scalars, a.sum(axis: 1, keepingDims: true).shape)
      print(a.mean().item(), a.mean(axis: -1).scalars)
      print(a.max().item(), a.max(axis: 0).scalars, a.min(axis: 1).scalars)
      print(a.argmax(), a.argmax(axis: 1).scalars, a.argmin(axis: 0).scalars)
      print(Tensor([1, 2, 3, 4]).variance().item(), Tensor([[1, 3], [5, 7]]).std(axis: 0).scalars)
      """)
    #expect(
      text == """
        21.0 [5.0, 7.0, 9.0] [2, 1]
        3.5 [3.0, 4.0]
        6.0 [4.0, 5.0, 6.0] [1.0, 2.0]
        5 [1.0, 2.0] [0.0, 1.0, 0.0]
        1.25 [2.0, 2.0]
        """)
  }

  @Test func elementwiseFunctions() {
    let text = output(
      """
      let x = Tensor([1, 4, 9], dtype: .float64)
      print(sqrt(x).scalars, x.sqrt().scalars, log(exp(x)).scalars)
      print(abs(Tensor([-1, 2])).scalars, Tensor([-3, 3]).abs().scalars, pow(x, 0.5).scalars, x.pow(2).scalars)
      print(clip(Tensor([-2, 0.5, 2]), min: -1, max: 1).scalars, Tensor([-2, 0.5, 2]).clip(min: 0).scalars)
      print(maximum(Tensor([1, 5]), Tensor([3, 2])).scalars, minimum(Tensor([1, 5]), 2).scalars)
      print(which(Tensor([1, 0, 1]), Tensor([1, 2, 3]), Tensor([-1, -2, -3])).scalars)
      print(which(Tensor([0, 1]), 10, Tensor([7, 8])).scalars)
      print(sin(Tensor([0])).scalars, cos(Tensor([0])).scalars, tanh(Tensor([0])).scalars)
      """)
    #expect(
      text == """
        [1.0, 2.0, 3.0] [1.0, 2.0, 3.0] [1.0, 4.0, 9.0]
        [1.0, 2.0] [3.0, 3.0] [1.0, 2.0, 3.0] [1.0, 16.0, 81.0]
        [-1.0, 0.5, 1.0] [0.0, 0.5, 2.0]
        [3.0, 5.0] [1.0, 2.0]
        [1.0, -2.0, 3.0]
        [7.0, 10.0]
        [0.0] [1.0] [0.0]
        """)
  }

  @Test func reshapingAndJoining() {
    let text = output(
      """
      let a = Tensor.arange(6).reshaped([2, -1])
      print(a.shape, a.T.scalars, a.transposed().shape, a.flattened().shape)
      let c = concatenated([a, Tensor.ones([2, 2])], axis: 1)
      print(c.shape, c[0].scalars)
      let s = stacked([Tensor([1, 2]), Tensor([3, 4])], axis: 1)
      print(s.shape, s.scalars)
      print(Tensor.arange(24).reshaped(2, 3, 4).transposed([2, 0, 1]).shape)
      print(Tensor.ones([1, 3, 1]).squeezed().shape, Tensor.ones([3]).expandedDimensions(axis: 0).shape)
      print(Tensor([[1, 2], [3, 4]]).matmul(Tensor([[5], [6]])).scalars)
      """)
    #expect(
      text == """
        [2, 3] [0.0, 3.0, 1.0, 4.0, 2.0, 5.0] [3, 2] [6]
        [2, 5] [0.0, 1.0, 2.0, 1.0, 1.0]
        [2, 2] [1.0, 3.0, 2.0, 4.0]
        [4, 2, 3]
        [3] [1, 3]
        [17.0, 39.0]
        """)
  }

  @Test func indexingAndSlicing() {
    let text = output(
      """
      let x = Tensor.arange(12).reshaped(3, 4)
      print(x[1].scalars, x[1, 2].item(), x[-1, -1].item())
      print(x[0..<2].shape, x[1...].shape, x[..., 1].scalars, x[0...1, 2..<4].scalars)
      var rows = 0
      for row in x { rows += row.count }
      print(rows)
      """)
    #expect(
      text == """
        [4.0, 5.0, 6.0, 7.0] 6.0 11.0
        [2, 4] [2, 4] [1.0, 5.0, 9.0] [2.0, 3.0, 6.0, 7.0]
        12
        """)
    #expect(
      failure("let x = Tensor.zeros([3])\nprint(x[3])")?.message
        == "index 3 is out of range for axis 0 of size 3 (shape [3])")
    #expect(
      failure("let x = Tensor.zeros([3])\nprint(x[0, 0])")?.message
        == "index: 2 indices for a tensor of rank 1 (shape [3])")
  }

  @Test func assignmentThroughSubscripts() {
    let text = output(
      """
      var x = Tensor.zeros([2, 3])
      x[0] = Tensor([1, 2, 3])
      x[1, 2] = 9
      x[..., 0] = 5
      x[1, 1] += 4
      print(x.scalars)
      """)
    #expect(text == "[5.0, 2.0, 3.0, 5.0, 4.0, 9.0]")
  }

  @Test func itemAndScalars() {
    #expect(output("let t = Tensor([[2.5]])\nprint(t.item() * 2, t.scalars)") == "5.0 [2.5]")
    #expect(failure("print(Tensor([1, 2]).item())")?.message.hasPrefix("item(): the tensor has 2 elements") == true)
  }

  @Test func tensorsAreValues() {
    let text = output(
      """
      var a = Tensor([1, 2])
      let b = a
      a += 1
      a[0] = 10
      var c = b
      c *= 3
      print(a.scalars, b.scalars, c.scalars)
      """)
    #expect(text == "[10.0, 3.0] [1.0, 2.0] [3.0, 6.0]")
  }

  /// `W -= lr * dW` must not copy W when nothing else holds it.
  @Test func compoundAssignmentWritesInPlaceWhenUnique() throws {
    let library = Library.shared
    var w = Value.object(Tensor.ones([4]))
    let buffer = Self.buffer(of: w)
    let handled = try library.compoundAssign?(.subtract, &w, .object(Tensor.full([4], value: 0.5)))
    #expect(handled == true)
    guard case .object(let after as Tensor) = w else { return }
    #expect(after.storage.base == buffer)
    #expect(after.doubles == [0.5, 0.5, 0.5, 0.5])

    // A second owner forces a copy, and keeps its own elements.
    let other = w
    _ = try library.compoundAssign?(.add, &w, .double(1))
    guard case .object(let copied as Tensor) = w, case .object(let kept as Tensor) = other else { return }
    #expect(copied.storage.base != kept.storage.base)
    #expect(kept.doubles == [0.5, 0.5, 0.5, 0.5])
    #expect(copied.doubles == [1.5, 1.5, 1.5, 1.5])
  }

  /// The address of a tensor value's elements (without keeping a reference to the tensor).
  static func buffer(of value: Value) -> UnsafeMutableRawPointer? {
    guard case .object(let t as Tensor) = value else { return nil }
    return t.storage.base
  }

  @Test func measureReturnsTheMedianSeconds() {
    let text = output(
      """
      let t = measure(repeat: 3) { _ = Tensor.ones([100]).sum() }
      print(t > 0, t < 1)
      """)
    #expect(text == "true true")
  }
}

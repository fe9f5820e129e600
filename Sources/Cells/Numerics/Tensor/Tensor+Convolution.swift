/// Convolution and pooling over images laid out as `[batch, channels, height, width]`
/// (PyTorch's NCHW), the building blocks of `Conv2d`, `MaxPool2d` and `AvgPool2d`.
///
/// A convolution is one matrix product for the whole batch: `im2col` copies every
/// receptive field of every image into a column of one matrix
/// `[in·kh·kw, batch·oh·ow]`, so `weight [out, in·kh·kw] · columns` is the output of
/// all images at once, computed by one BLAS call. The backward pass is two more
/// products and `col2im`, which adds the columns' gradients back onto the pixels
/// they came from; it rebuilds the columns rather than keeping them, and writes the
/// columns' gradient into the same buffer, so at most one column matrix is alive.
struct ConvolutionGeometry {
  let channels: Int, height: Int, width: Int
  let kernelHeight: Int, kernelWidth: Int
  let stride: Int, padding: Int

  var outputHeight: Int { (height + 2 * padding - kernelHeight) / stride + 1 }
  var outputWidth: Int { (width + 2 * padding - kernelWidth) / stride + 1 }
  /// Rows of the column matrix: one per (channel, kernel row, kernel column).
  var patchSize: Int { channels * kernelHeight * kernelWidth }
  /// Columns of one image's part of the column matrix: one per output pixel.
  var positions: Int { outputHeight * outputWidth }
  var imageSize: Int { channels * height * width }

  /// For every run of one column-matrix row that reads one input row, calls
  /// `body(columnOffset, pixelOffset, first, last)`: entries `first..<last` of the run
  /// (output columns) read pixels `pixelOffset + x·stride`, and sit at
  /// `columnOffset + x` in the image's block of a matrix whose rows are `rowStride`
  /// apart. The other entries are padding, zero.
  @inline(__always)
  func forEachRun(rowStride: Int, _ body: (Int, Int, Int, Int) -> Void) {
    let (oh, ow, s, p) = (outputHeight, outputWidth, stride, padding)
    for ch in 0..<channels {
      for ky in 0..<kernelHeight {
        for kx in 0..<kernelWidth {
          let row = ((ch * kernelHeight + ky) * kernelWidth + kx) * rowStride
          // Output columns whose input column x·s - p + kx falls inside the image.
          if width - 1 + p - kx < 0 { continue }
          let first = Swift.max(0, (p - kx + s - 1) / s)
          let last = Swift.min(ow, (width - 1 + p - kx) / s + 1)
          guard first < last else { continue }
          for y in 0..<oh {
            let iy = y * s - p + ky
            if iy < 0 || iy >= height { continue }
            body(row + y * ow, (ch * height + iy) * width - p + kx, first, last)
          }
        }
      }
    }
  }
}

extension Tensor {
  /// The column matrix of the whole batch, `[patchSize, batch·positions]` (image n's
  /// columns are `n·positions ..< (n+1)·positions`). Records nothing.
  func im2col(_ g: ConvolutionGeometry) -> Tensor {
    let out = Tensor.zeros([g.patchSize, shape[0] * g.positions], dtype: dtype)
    switch dtype {
    case .float32: Tensor.gatherColumns(g, shape[0], storage.pointer(Float.self), out.storage.pointer(Float.self))
    case .float64: Tensor.gatherColumns(g, shape[0], storage.pointer(Double.self), out.storage.pointer(Double.self))
    }
    return out
  }

  /// Fills the non-padding entries of the column matrix (the rest must be zero already).
  /// Each run is a straight copy when the stride is 1.
  private static func gatherColumns<T: TensorScalar>(
    _ g: ConvolutionGeometry, _ batch: Int, _ x: UnsafeMutablePointer<T>, _ c: UnsafeMutablePointer<T>
  ) {
    let rowStride = batch * g.positions
    let s = g.stride
    for n in 0..<batch {
      let image = x + n * g.imageSize
      let block = c + n * g.positions
      g.forEachRun(rowStride: rowStride) { column, pixel, first, last in
        let target = block + column
        let source = image + pixel
        if s == 1 {
          (target + first).update(from: source + first, count: last - first)
        } else {
          for xo in first..<last { target[xo] = source[xo * s] }
        }
      }
    }
  }

  /// The inverse of `im2col` for gradients: sums each entry of a `[patchSize,
  /// batch·positions]` matrix onto its pixel, giving `[batch, channels, height, width]`.
  /// Records nothing.
  func col2im(_ g: ConvolutionGeometry, batch: Int) -> Tensor {
    let out = Tensor.zeros([batch, g.channels, g.height, g.width], dtype: dtype)
    switch dtype {
    case .float32: Tensor.scatterColumns(g, batch, storage.pointer(Float.self), out.storage.pointer(Float.self))
    case .float64: Tensor.scatterColumns(g, batch, storage.pointer(Double.self), out.storage.pointer(Double.self))
    }
    return out
  }

  private static func scatterColumns<T: TensorScalar>(
    _ g: ConvolutionGeometry, _ batch: Int, _ c: UnsafeMutablePointer<T>, _ x: UnsafeMutablePointer<T>
  ) {
    let rowStride = batch * g.positions
    let s = g.stride
    for n in 0..<batch {
      let image = x + n * g.imageSize
      let block = c + n * g.positions
      g.forEachRun(rowStride: rowStride) { column, pixel, first, last in
        let source = block + column
        let target = image + pixel
        for xo in first..<last { target[xo * s] += source[xo] }
      }
    }
  }

  /// The largest padding a convolution takes (far more than any image needs).
  static let maximumPadding = 1 << 16

  /// 2-D cross-correlation (what deep learning calls convolution) of `[N, C, H, W]`
  /// images with `[O, C, kh, kw]` kernels, plus `bias` `[O]` when given: `[N, O, oh, ow]`,
  /// differentiable in all three. The gradient of an input that is not tracked (the
  /// data batch of a first layer) is not computed.
  func convolved2d(with weight: Tensor, bias: Tensor? = nil, stride: Int = 1, padding: Int = 0) throws -> Tensor {
    guard rank == 4, weight.rank == 4 else {
      throw RuntimeFailure(
        "conv2d: expects input [batch, channels, height, width] and weight [out, in, kh, kw], got \(Shape.text(shape)) and \(Shape.text(weight.shape))"
      )
    }
    guard shape[1] == weight.shape[1] else {
      throw RuntimeFailure(
        "conv2d: input \(Shape.text(shape)) has \(shape[1]) channels, weight \(Shape.text(weight.shape)) expects \(weight.shape[1])"
      )
    }
    guard stride >= 1, padding >= 0 else {
      throw RuntimeFailure("conv2d: stride must be at least 1 and padding not negative")
    }
    // The geometry adds twice the padding to the image size: bounded, it cannot overflow.
    guard padding <= Self.maximumPadding else {
      throw RuntimeFailure("conv2d: padding \(padding) is larger than \(Self.maximumPadding)")
    }
    if let bias, bias.shape != [weight.shape[0]] {
      throw RuntimeFailure(
        "conv2d: the bias must be [\(weight.shape[0])], one per output channel, got \(Shape.text(bias.shape))")
    }
    let g = ConvolutionGeometry(
      channels: shape[1], height: shape[2], width: shape[3], kernelHeight: weight.shape[2],
      kernelWidth: weight.shape[3],
      stride: stride, padding: padding)
    guard g.outputHeight >= 1, g.outputWidth >= 1 else {
      throw RuntimeFailure(
        "conv2d: a \(g.kernelHeight)x\(g.kernelWidth) kernel does not fit in \(g.height)x\(g.width) images with padding \(padding)"
      )
    }
    // The column matrix and the output, before they are made.
    try Shape.checkSize([g.patchSize, g.positions])
    try Shape.checkSize([shape[0], weight.shape[0], g.positions])
    let dtype = DType.promoted(self.dtype, weight.dtype)
    let x = converted(to: dtype)
    let w = weight.converted(to: dtype)
    let b = bias?.converted(to: dtype)
    let batch = shape[0]
    let outChannels = weight.shape[0]
    try Shape.checkSize([g.patchSize, batch, g.positions])
    try Shape.checkSize([batch, outChannels, g.positions])
    let columns = x.im2col(g)
    let out = Tensor(uninitializedShape: [batch, outChannels, g.outputHeight, g.outputWidth], dtype: dtype)
    switch dtype {
    case .float32: Tensor.convolutionForward(g, batch, outChannels, w, b, columns, out, Float.self)
    case .float64: Tensor.convolutionForward(g, batch, outChannels, w, b, columns, out, Double.self)
    }
    let inputs = [x, w] + (b.map { [$0] } ?? [])
    if let tape = Tape.active(inputs) {
      // The column matrix is as large as the input times the kernel area, so the tape
      // keeps the input and the backward pass rebuilds the columns.
      let (needsX, needsW) = (x.tape === tape, w.tape === tape)
      tape.record(out, inputs: inputs) { grad in
        let gradients: (Tensor?, Tensor, Tensor)
        switch dtype {
        case .float32:
          gradients = Tensor.convolutionBackward(
            g, batch, outChannels, x, w, grad.converted(to: dtype), needsX, needsW, Float.self)
        case .float64:
          gradients = Tensor.convolutionBackward(
            g, batch, outChannels, x, w, grad.converted(to: dtype), needsX, needsW, Double.self)
        }
        return [gradients.0, needsW ? gradients.1 : nil, gradients.2]
      }
    }
    return out
  }

  /// `out[n, o, p] = Σ_r w[o, r] · columns[r, n·positions + p] + bias[o]`: one product for the
  /// batch into `[O, batch·positions]`, then each (image, channel) row copied to NCHW with its bias.
  private static func convolutionForward<T: TensorScalar>(
    _ g: ConvolutionGeometry, _ batch: Int, _ outChannels: Int, _ w: Tensor, _ bias: Tensor?, _ columns: Tensor,
    _ out: Tensor, _: T.Type
  ) {
    let positions = g.positions
    let product = Tensor(uninitializedShape: [outChannels, batch * positions], dtype: T.dtype)
    let pr = product.storage.pointer(T.self)
    BLAS.gemm(
      w.storage.pointer(T.self), transposeA: false, columns.storage.pointer(T.self), transposeB: false, pr,
      m: outChannels, n: batch * positions, k: g.patchSize)
    let o = out.storage.pointer(T.self)
    let bp = bias?.storage.pointer(T.self)
    for n in 0..<batch {
      for c in 0..<outChannels {
        let source = pr + c * batch * positions + n * positions
        let target = o + (n * outChannels + c) * positions
        let shift = bp?[c] ?? 0
        for i in 0..<positions { target[i] = source[i] + shift }
      }
    }
  }

  /// The gradients of the input (when `needsX`), the weight and the bias, from the
  /// output's gradient `[N, O, oh, ow]`.
  private static func convolutionBackward<T: TensorScalar>(
    _ g: ConvolutionGeometry, _ batch: Int, _ outChannels: Int, _ x: Tensor, _ w: Tensor, _ grad: Tensor,
    _ needsX: Bool, _ needsW: Bool, _: T.Type
  ) -> (Tensor?, Tensor, Tensor) {
    let positions = g.positions
    let width = batch * positions
    // The output's gradient as [O, batch·positions], the layout of the forward product, and
    // the bias's gradient (summed over images and positions, in Double).
    let rows = Tensor(uninitializedShape: [outChannels, width], dtype: T.dtype)
    let r = rows.storage.pointer(T.self)
    let gp = grad.storage.pointer(T.self)
    let dBias = Tensor(uninitializedShape: [outChannels], dtype: T.dtype)
    let db = dBias.storage.pointer(T.self)
    for c in 0..<outChannels {
      var total = 0.0
      for n in 0..<batch {
        let source = gp + (n * outChannels + c) * positions
        let target = r + c * width + n * positions
        for i in 0..<positions {
          target[i] = source[i]
          total += Double(source[i])
        }
      }
      db[c] = T(total)
    }
    let dWeight = Tensor(uninitializedShape: w.shape, dtype: T.dtype)
    var columns: Tensor?
    if needsW {
      let c = x.im2col(g)
      BLAS.gemm(
        r, transposeA: false, c.storage.pointer(T.self), transposeB: true, dWeight.storage.pointer(T.self),
        m: outChannels, n: g.patchSize, k: width)
      columns = c
    }
    guard needsX else { return (nil, dWeight, dBias) }
    // The columns' gradient overwrites the columns, which are no longer needed.
    let dColumns = columns ?? Tensor(uninitializedShape: [g.patchSize, width], dtype: T.dtype)
    BLAS.gemm(
      w.storage.pointer(T.self), transposeA: true, r, transposeB: false, dColumns.storage.pointer(T.self),
      m: g.patchSize, n: width, k: outChannels)
    return (dColumns.col2im(g, batch: batch), dWeight, dBias)
  }

  /// Max or average pooling over `kernelSize` x `kernelSize` windows of `[N, C, H, W]`.
  func pooled2d(kernelSize k: Int, stride s: Int, maximum: Bool) throws -> Tensor {
    let name = maximum ? "maxPool2d" : "avgPool2d"
    guard rank == 4 else {
      throw RuntimeFailure("\(name): expects [batch, channels, height, width], got \(Shape.text(shape))")
    }
    guard k >= 1, s >= 1, k <= shape[2], k <= shape[3] else {
      throw RuntimeFailure("\(name): a window of \(k) with stride \(s) does not fit \(Shape.text(shape))")
    }
    let window = PoolWindow(
      planes: shape[0] * shape[1], height: shape[2], width: shape[3], size: k, stride: s)
    let out = Tensor(uninitializedShape: [shape[0], shape[1], window.outputHeight, window.outputWidth], dtype: dtype)
    // For max pooling, the input index each output came from (where its gradient goes).
    var sources = [Int](repeating: 0, count: maximum ? out.count : 0)
    sources.withUnsafeMutableBufferPointer { buffer in
      let indices = maximum ? buffer.baseAddress : nil
      switch dtype {
      case .float32: window.forward(storage.pointer(Float.self), out.storage.pointer(Float.self), indices)
      case .float64: window.forward(storage.pointer(Double.self), out.storage.pointer(Double.self), indices)
      }
    }
    if let tape = Tape.active(self) {
      tape.record(out, self) { [inputShape = shape, dtype = dtype] grad in
        let dx = Tensor.zeros(inputShape, dtype: dtype)
        let gradient = grad.converted(to: dtype)
        switch dtype {
        case .float32:
          window.backward(gradient.storage.pointer(Float.self), dx.storage.pointer(Float.self), maximum ? sources : nil)
        case .float64:
          window.backward(
            gradient.storage.pointer(Double.self), dx.storage.pointer(Double.self), maximum ? sources : nil)
        }
        return [dx]
      }
    }
    return out
  }
}

/// The windows of a 2-D pooling over `planes` images of `height` x `width` (each
/// (image, channel) pair is one plane), with the typed loops of both passes.
struct PoolWindow {
  let planes: Int, height: Int, width: Int, size: Int, stride: Int

  var outputHeight: Int { (height - size) / stride + 1 }
  var outputWidth: Int { (width - size) / stride + 1 }

  /// Max pooling when `sources` is given (it receives each output's input index; a
  /// NaN wins, as in PyTorch), average pooling otherwise.
  func forward<T: TensorScalar>(
    _ x: UnsafeMutablePointer<T>, _ out: UnsafeMutablePointer<T>, _ sources: UnsafeMutablePointer<Int>?
  ) {
    let (oh, ow, k, s) = (outputHeight, outputWidth, size, stride)
    let area = T(k * k)
    var o = 0
    for plane in 0..<planes {
      let base = plane * height * width
      for y in 0..<oh {
        for xo in 0..<ow {
          let corner = base + y * s * width + xo * s
          if let sources {
            var best = x[corner]
            var bestIndex = corner
            for dy in 0..<k {
              let row = corner + dy * width
              for dx in 0..<k where x[row + dx] > best || (x[row + dx].isNaN && !best.isNaN) {
                best = x[row + dx]
                bestIndex = row + dx
              }
            }
            out[o] = best
            sources[o] = bestIndex
          } else {
            var total: T = 0
            for dy in 0..<k {
              for dx in 0..<k { total += x[corner + dy * width + dx] }
            }
            out[o] = total / area
          }
          o += 1
        }
      }
    }
  }

  /// Sends each output's gradient to the input it came from (max) or spreads it over
  /// its window (average); `dx` starts at zero.
  func backward<T: TensorScalar>(_ g: UnsafeMutablePointer<T>, _ dx: UnsafeMutablePointer<T>, _ sources: [Int]?) {
    let count = planes * outputHeight * outputWidth
    if let sources {
      for o in 0..<count { dx[sources[o]] += g[o] }
      return
    }
    let (oh, ow, k, s) = (outputHeight, outputWidth, size, stride)
    let area = T(k * k)
    var o = 0
    for plane in 0..<planes {
      let base = plane * height * width
      for y in 0..<oh {
        for xo in 0..<ow {
          let share = g[o] / area
          let corner = base + y * s * width + xo * s
          for dy in 0..<k {
            for dx0 in 0..<k { dx[corner + dy * width + dx0] += share }
          }
          o += 1
        }
      }
    }
  }
}

/// Convolution and pooling over images laid out as `[batch, channels, height, width]`
/// (PyTorch's NCHW), the building blocks of `Conv2d`, `MaxPool2d` and `AvgPool2d`.
///
/// A convolution is one matrix product: `im2col` copies every receptive field of
/// the input into a column, so `weight [out, in·kh·kw] · columns [in·kh·kw, oh·ow]`
/// is the output, computed by BLAS. The backward pass is two more products and
/// `col2im`, which adds the columns' gradients back onto the pixels they came from.
struct ConvolutionGeometry {
  let channels: Int, height: Int, width: Int
  let kernelHeight: Int, kernelWidth: Int
  let stride: Int, padding: Int

  var outputHeight: Int { (height + 2 * padding - kernelHeight) / stride + 1 }
  var outputWidth: Int { (width + 2 * padding - kernelWidth) / stride + 1 }
  /// Rows of the column matrix: one per (channel, kernel row, kernel column).
  var patchSize: Int { channels * kernelHeight * kernelWidth }
  /// Columns of the column matrix: one per output pixel.
  var positions: Int { outputHeight * outputWidth }

  /// Calls `body(row, column, sourceIndex)` for every entry of the column matrix that
  /// reads a pixel (the others are padding, zero).
  @inline(__always)
  func forEachTap(_ body: (Int, Int, Int) -> Void) {
    let oh = outputHeight
    let ow = outputWidth
    for c in 0..<channels {
      for ky in 0..<kernelHeight {
        for kx in 0..<kernelWidth {
          let row = (c * kernelHeight + ky) * kernelWidth + kx
          for y in 0..<oh {
            let iy = y * stride - padding + ky
            if iy < 0 || iy >= height { continue }
            for x in 0..<ow {
              let ix = x * stride - padding + kx
              if ix < 0 || ix >= width { continue }
              body(row, y * ow + x, (c * height + iy) * width + ix)
            }
          }
        }
      }
    }
  }
}

extension Tensor {
  /// The column matrices of every image: `[batch, patchSize, positions]`. Records nothing.
  func im2col(_ g: ConvolutionGeometry) -> Tensor {
    let batch = shape[0]
    let out = Tensor.zeros([batch, g.patchSize, g.positions], dtype: dtype)
    let image = g.channels * g.height * g.width
    let block = g.patchSize * g.positions
    for n in 0..<batch {
      switch dtype {
      case .float32:
        Tensor.gatherColumns(g, storage.pointer(Float.self) + n * image, out.storage.pointer(Float.self) + n * block)
      case .float64:
        Tensor.gatherColumns(g, storage.pointer(Double.self) + n * image, out.storage.pointer(Double.self) + n * block)
      }
    }
    return out
  }

  /// One image's column matrix. For each (channel, kernel row, kernel column) and each
  /// output row, the pixels read form one run of the input row (a straight copy when
  /// the stride is 1), so the loop is a few bounds computations and tight copies.
  private static func gatherColumns<T: TensorScalar>(
    _ g: ConvolutionGeometry, _ x: UnsafePointer<T>, _ c: UnsafeMutablePointer<T>
  ) {
    let (oh, ow, s, p) = (g.outputHeight, g.outputWidth, g.stride, g.padding)
    for ch in 0..<g.channels {
      for ky in 0..<g.kernelHeight {
        for kx in 0..<g.kernelWidth {
          let row = c + ((ch * g.kernelHeight + ky) * g.kernelWidth + kx) * g.positions
          // Output columns whose input column ix = x·s - p + kx falls inside the image.
          if g.width - 1 + p - kx < 0 { continue }
          let first = Swift.max(0, (p - kx + s - 1) / s)
          let last = Swift.min(ow, (g.width - 1 + p - kx) / s + 1)
          guard first < last else { continue }
          for y in 0..<oh {
            let iy = y * s - p + ky
            if iy < 0 || iy >= g.height { continue }
            let source = x + (ch * g.height + iy) * g.width - p + kx
            let target = row + y * ow
            if s == 1 {
              (target + first).update(from: source + first, count: last - first)
            } else {
              for xo in first..<last { target[xo] = source[xo * s] }
            }
          }
        }
      }
    }
  }

  /// The inverse of `im2col` for gradients: sums each column entry onto its pixel,
  /// giving `[batch, channels, height, width]`. Records nothing.
  func col2im(_ g: ConvolutionGeometry) -> Tensor {
    let batch = shape[0]
    let out = Tensor.zeros([batch, g.channels, g.height, g.width], dtype: dtype)
    let image = g.channels * g.height * g.width
    let block = g.patchSize * g.positions
    for n in 0..<batch {
      let src = n * block
      let dst = n * image
      switch dtype {
      case .float32:
        let c = storage.pointer(Float.self) + src
        let x = out.storage.pointer(Float.self) + dst
        g.forEachTap { row, column, i in x[i] += c[row * g.positions + column] }
      case .float64:
        let c = storage.pointer(Double.self) + src
        let x = out.storage.pointer(Double.self) + dst
        g.forEachTap { row, column, i in x[i] += c[row * g.positions + column] }
      }
    }
    return out
  }

  /// 2-D cross-correlation (what deep learning calls convolution) of `[N, C, H, W]`
  /// images with `[O, C, kh, kw]` kernels: `[N, O, oh, ow]`, differentiable in both.
  /// The largest padding a convolution takes (far more than any image needs).
  static let maximumPadding = 1 << 16

  func convolved2d(with weight: Tensor, stride: Int = 1, padding: Int = 0) throws -> Tensor {
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
    let batch = shape[0]
    let outChannels = weight.shape[0]
    let kernels = w.sharing(shape: [outChannels, g.patchSize])
    let product = try Tensor.product(kernels, transposeA: false, x.im2col(g), transposeB: false)
    let out = product.sharing(shape: [batch, outChannels, g.outputHeight, g.outputWidth])
    if let tape = Tape.active(x, w) {
      // The column matrix is as large as the input times the kernel area, so the tape
      // keeps the input and the backward pass rebuilds the columns: at most one
      // column-sized buffer is alive at a time, forward or backward.
      tape.record(out, x, w) { grad in
        let g3 = grad.sharing(shape: [batch, outChannels, g.positions])
        let dKernels = try Tensor.product(g3, transposeA: false, x.im2col(g), transposeB: true)
          .reduce(.sum, axis: 0, keepingDims: false, operation: "conv2d")
        let dColumns = try Tensor.product(kernels, transposeA: true, g3, transposeB: false)
        return [dColumns.col2im(g), dKernels.sharing(shape: w.shape)]
      }
    }
    return out
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
    let (n, c, h, w) = (shape[0], shape[1], shape[2], shape[3])
    let oh = (h - k) / s + 1
    let ow = (w - k) / s + 1
    let out = Tensor(uninitializedShape: [n, c, oh, ow], dtype: dtype)
    // For max pooling, the input index each output came from (where its gradient goes).
    var sources = [Int](repeating: 0, count: maximum ? out.count : 0)
    var o = 0
    for plane in 0..<(n * c) {
      let base = plane * h * w
      for y in 0..<oh {
        for x in 0..<ow {
          var best = -Double.infinity
          var bestIndex = 0
          var total = 0.0
          for dy in 0..<k {
            for dx in 0..<k {
              let i = base + (y * s + dy) * w + (x * s + dx)
              let v = storage.double(at: i)
              total += v
              if v > best || (v.isNaN && !best.isNaN) {
                best = v
                bestIndex = i
              }
            }
          }
          if maximum {
            out.storage.set(best, at: o)
            sources[o] = bestIndex
          } else {
            out.storage.set(total / Double(k * k), at: o)
          }
          o += 1
        }
      }
    }
    if let tape = Tape.active(self) {
      tape.record(out, self) { [inputShape = shape, dtype = dtype] grad in
        let dx = Tensor.zeros(inputShape, dtype: dtype)
        var o = 0
        for plane in 0..<(n * c) {
          let base = plane * h * w
          for y in 0..<oh {
            for x in 0..<ow {
              let gv = grad.storage.double(at: o)
              if maximum {
                dx.storage.set(dx.storage.double(at: sources[o]) + gv, at: sources[o])
              } else {
                for dy in 0..<k {
                  for dx0 in 0..<k {
                    let i = base + (y * s + dy) * w + (x * s + dx0)
                    dx.storage.set(dx.storage.double(at: i) + gv / Double(k * k), at: i)
                  }
                }
              }
              o += 1
            }
          }
        }
        return [dx]
      }
    }
    return out
  }
}

import SwiftSyntax

/// `"\(user: u)"` and `"\(price, currency: "EUR")"`: an interpolation with labels or several
/// values calls the `appendInterpolation` the cell declared in `extension String.StringInterpolation`
/// with those labels, on the text so far, and the interpolation is the text it made.
extension Lowerer {
  func customInterpolation(_ e: ExpressionSegmentSyntax) throws -> Expr {
    let labels = e.expressions.map { $0.label?.text }
    let written = "\\(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
    guard let container = globals.extensions["StringInterpolation"] else {
      throw unsupported(
        "string interpolation with labels or several values ('\(written)') needs an appendInterpolation in "
          + "an extension of String.StringInterpolation", at: e)
    }
    let methods = container.methods.values.filter { $0.name == "appendInterpolation" }.sorted {
      $0.fullName < $1.fullName
    }
    let elements = Array(e.expressions)
    guard
      let (code, mapping) = methods.lazy.compactMap({ m in Lowerer.match(labels, m, trailing: nil).map { (m, $0) } })
        .first, code.variadicIndex == nil
    else {
      throw fail("no appendInterpolation(\(labels.map { ($0 ?? "_") + ":" }.joined())) for '\(written)'", at: e)
    }
    // Each parameter's value: its argument, or its default.
    var arguments: [Expr] = []
    for (k, parameter) in code.parameters.enumerated() {
      if let i = mapping[k] {
        let typed = try expr(elements[i].expression, expected: parameter.type)
        arguments.append(needsCoercion(parameter.type) ? CoerceExpr(typed.node, parameter.type) : typed.node)
      } else if let value = parameter.defaultValue {
        arguments.append(value)
      } else {
        throw fail("missing argument for parameter '\(parameter.name)' of appendInterpolation", at: e)
      }
    }
    let at = loc(e)
    return NativeCallExpr(name: "appendInterpolation", arguments: arguments, at) { rt, values in
      let (_, text) = try rt.callMethod(code, self: .string(""), values, at: at)
      return text
    }
  }
}

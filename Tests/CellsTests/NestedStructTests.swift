import Testing

@testable import Cells

/// A model made of layers: structs holding structs, and calling their methods.
@Suite("Structs that hold structs")
struct NestedStructTests {
  static let layers = """
    struct L {
      var w: Double
      func apply(_ x: Double) -> Double { w * x }
      mutating func scale(_ f: Double) { w *= f }
    }
    struct M {
      var l1: L
      var l2 = L(w: 10)
      var layers: [L] = []
      func f(_ x: Double) -> Double { l1.apply(x) }
      func g(_ x: Double) -> Double { self.l2.apply(l1.apply(x)) }
      mutating func grow() { l1.scale(3) }
    }

    """

  @Test(arguments: [
    ("let m = M(l1: L(w: 2))\nprint(m.l1.apply(3))", "6.0"),
    ("let m = M(l1: L(w: 2))\nlet l = m.l1\nprint(l.apply(4))", "8.0"),
    ("let m = M(l1: L(w: 2))\nprint(m.f(5), m.g(1))", "10.0 20.0"),
    ("var m = M(l1: L(w: 2))\nm.l1.scale(2)\nprint(m.l1.w, m.f(1))", "4.0 4.0"),
    ("var m = M(l1: L(w: 2))\nm.grow()\nprint(m.l1.w)", "6.0"),
    ("var m = M(l1: L(w: 2), layers: [L(w: 1)])\nm.layers[0].scale(5)\nprint(m.layers[0].apply(2))", "10.0"),
    ("func make() -> M { M(l1: L(w: 7)) }\nprint(make().l1.apply(1))", "7.0"),
  ])
  func methodsOfAStructsPropertiesCanBeCalled(_ code: String, _ expected: String) {
    #expect(output(Self.layers + code) == expected)
  }

  @Test func aCopyOfANestedStructIsIndependent() {
    let code = "var m = M(l1: L(w: 2))\nvar l = m.l1\nl.scale(10)\nprint(m.l1.w, l.w)"
    #expect(output(Self.layers + code) == "2.0 20.0")
  }

  @Test func aMutatingMethodOnALetsPropertyIsAnError() {
    guard let e = failure(Self.layers + "let m = M(l1: L(w: 2))\nm.l1.scale(2)") else { return }
    #expect(e.message.contains("cannot use mutating member 'scale'"), "\(e.message)")
    #expect(e.line == 15)
  }
}

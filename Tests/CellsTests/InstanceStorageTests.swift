import Testing

@testable import Cells

/// A struct or class instance is one reference to its storage: structs copy it before a
/// write while another value shares it, classes share it as their identity. And protocol
/// method calls that pass their arguments straight into the method's frame.
@Suite("Instance storage")
struct InstanceStorageTests {
  @Test func aCopyOfAStructKeepsItsValuesWhateverPathChangesTheOriginal() {
    let code = """
      struct P { var x: Int; var y: Int
        mutating func bump() { x += 1 }
      }
      struct Q { var p: P; var n = 0 }
      var a = P(x: 1, y: 2)
      let b = a
      a.x = 10
      a.bump()
      var q = Q(p: a)
      let r = q
      q.p.y = 20
      q.p.bump()
      func twice(_ p: inout P) { p.x *= 2 }
      twice(&q.p)
      var ps = [a, a]
      let qs = ps
      ps[0].y += 5
      ps[1].bump()
      print(a.x, a.y, b.x, b.y, q.p.x, q.p.y, r.p.x, r.p.y)
      print(ps[0].x, ps[0].y, ps[1].x, qs[0].y, qs[1].x)
      """
    #expect(output(code) == "11 2 1 2 24 20 11 2\n11 7 12 2 11")
  }

  @Test func aClosureCapturingACopySeesNoLaterWrite() {
    let code = """
      struct C { var n: Int }
      var c = C(n: 1)
      let copy = c
      let read = { copy.n }
      c.n = 5
      print(read(), c.n)
      """
    #expect(output(code) == "1 5")
  }

  @Test func aStructInAClassIsCopiedOutNotShared() {
    let code = """
      struct P { var x: Int }
      final class Holder { var p = P(x: 1) }
      let h = Holder()
      var taken = h.p
      taken.x = 7
      h.p.x += 1
      print(taken.x, h.p.x)
      """
    #expect(output(code) == "7 2")
  }

  @Test func aLazyPropertyIsKeptInTheVariableNotInItsCopies() {
    let code = """
      struct L { var x: Int
        lazy var doubled: Int = x * 2
      }
      var a = L(x: 3)
      let before = a
      a.x = 10
      print(a.doubled)
      a.x = 1
      var b = before
      print(b.doubled, a.doubled)
      """
    #expect(output(code) == "20\n6 20")
  }

  @Test func observersSeeTheirOwnInstance() {
    let code = """
      struct O { var v = 0 { didSet { print("from", oldValue, "to", v) } } }
      var a = O()
      var b = a
      a.v = 1
      b.v = 2
      print(a.v, b.v)
      """
    #expect(output(code) == "from 0 to 1\nfrom 0 to 2\n1 2")
  }

  @Test func classInstancesShareFieldsAndIdentityAndDeinitOnce() {
    let code = """
      final class K {
        var v = 0
        let name: String
        init(_ name: String) { self.name = name }
        deinit { print("deinit", name, v) }
      }
      func scope() {
        let k = K("a")
        let other = k
        other.v = 9
        let third = K("b")
        print(k.v, k === other, k === third)
      }
      scope()
      print("after")
      """
    #expect(output(code) == "9 true false\ndeinit b 0\ndeinit a 9\nafter")
  }

  @Test func equalAndHashedStructsCompareByFieldsAfterACopyChanged() {
    let code = """
      struct H: Hashable { var a: Int }
      var x = H(a: 1)
      let y = x
      x.a = 2
      let s: Set<H> = [x, y, H(a: 2)]
      print(s.count, x == y, y == H(a: 1))
      """
    #expect(output(code) == "2 false true")
  }

  static let shapes = """
    protocol Shape { func area() -> Double; func scaled(by f: Double) -> Double }
    struct Square: Shape { var side: Double
      func area() -> Double { side * side }
      func scaled(by f: Double) -> Double { side * f }
    }
    class Circle: Shape { var r: Double
      init(r: Double) { self.r = r }
      func area() -> Double { 3.0 * r * r }
      func scaled(by f: Double) -> Double { r * f }
    }
    class Ring: Circle {
      override func area() -> Double { 1.0 }
    }

    """

  @Test func protocolCallsDispatchOnEachElementAndConvertTheirArguments() {
    let code = """
      let shapes: [Shape] = [Square(side: 2.0), Circle(r: 1.0), Ring(r: 5.0), Square(side: 3.0)]
      var total = 0.0
      for s in shapes { total += s.area() + s.scaled(by: 2) }
      print(total)
      """
    // 4 + 4, 3 + 2, 1 + 10, 9 + 6
    #expect(output(Self.shapes + code) == "39.0")
  }

  @Test func aClassCallRunsEachSubclassOverrideWhenTheyAlternate() {
    let code = """
      class Animal { func sound() -> String { "..." } }
      class Dog: Animal { override func sound() -> String { "woof" } }
      class Cat: Animal { override func sound() -> String { "meow" } }
      let animals: [Animal] = [Dog(), Cat(), Animal(), Dog(), Cat()]
      var heard = ""
      for a in animals { heard += a.sound() + " " }
      print(heard)
      """
    #expect(output(code) == "woof meow ... woof meow ")
  }

  @Test func aProtocolCallWithADefaultOrAMutatingMethodStillWorks() {
    let code = """
      protocol Counter { mutating func add(_ n: Int, times: Int) ; func get() -> Int }
      struct C: Counter { var v = 0
        mutating func add(_ n: Int, times: Int = 2) { v += n * times }
        func get() -> Int { v }
      }
      var c: Counter = C()
      c.add(3, times: 1)
      c.add(5, times: 3)
      print(c.get())
      """
    #expect(output(code) == "18")
  }

  @Test func aFailureInAProtocolCallIsLocatedInsideTheMethodAndAtTheCall() throws {
    let code = """
      protocol P { func pick(_ i: Int) -> Int }
      struct A: P { func pick(_ i: Int) -> Int { [1, 2][i] } }
      let ps: [P] = [A()]
      for p in ps { print(p.pick(0)) }
      for p in ps { print(p.pick(5)) }
      """
    let error = try #require(failure(code))
    #expect(error.message.contains("out of range"))
    #expect(error.line == 2)
    #expect(error.frames.map(\.line) == [5])
  }
}

struct Rect {
  var w: Int
  var h: Int
  init(w: Int, h: Int) {
    self.w = w
    self.h = h
  }
  init(side: Int) {
    self.init(w: side, h: side)
  }
  var area: Int { w * h }
}
print(Rect(side: 4).area, Rect(w: 2, h: 3).area)

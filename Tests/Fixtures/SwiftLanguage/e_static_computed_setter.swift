// Static computed properties with a getter and a setter.
struct Settings {
  static var stored = 3
  static var doubled: Int {
    get { stored * 2 }
    set { stored = newValue / 2 }
  }
  static var label: String {
    get { "level \(stored)" }
    set(text) { stored = text.count }
  }
}
print(Settings.doubled, Settings.label)
Settings.doubled = 10
print(Settings.stored, Settings.doubled)
Settings.doubled += 4
print(Settings.stored)
Settings.label = "abcdefg"
print(Settings.label)

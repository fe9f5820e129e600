protocol DownloadDelegate: AnyObject { func didFinish(_ name: String, bytes: Int) }
final class Downloader {
    weak var delegate: DownloadDelegate?
    let name: String
    init(name: String) { self.name = name; print("init \(name)") }
    deinit { print("deinit \(name)") }
    func run() { delegate?.didFinish(name, bytes: name.count * 100) }
}
final class Screen: DownloadDelegate, Hashable, CustomStringConvertible {
    let id: Int
    var log: [String] = []
    init(id: Int) { self.id = id }
    func didFinish(_ name: String, bytes: Int) { log.append("\(name)=\(bytes)") }
    static func == (a: Screen, b: Screen) -> Bool { a.id == b.id }
    func hash(into hasher: inout Hasher) { hasher.combine(id) }
    var description: String { "Screen#\(id)" }
    lazy var summary: () -> String = { [unowned self] in "\(self.id): \(self.log.joined(separator: ","))" }
}
let screen = Screen(id: 1)
do {
    let d = Downloader(name: "file.txt")
    d.delegate = screen
    d.run()
}
let e = Downloader(name: "img.png")
e.delegate = screen
e.run()
print(screen.log, screen.summary())
let screens: Set<Screen> = [Screen(id: 1), Screen(id: 2), screen]
print(screens.count, screens.contains(Screen(id: 2)), screen == Screen(id: 1), screen === Screen(id: 1))
print(ObjectIdentifier(screen) == ObjectIdentifier(screen))
class Base: CustomStringConvertible {
    var description: String { "Base(\(tag))" }
    var tag: String { "b" }
}
class Derived: Base {
    override var tag: String { "d" }
    override var description: String { "Derived<" + super.description + ">" }
}
print(Base(), Derived(), [Base(), Derived()])
var pool: [Downloader] = (1...3).map { Downloader(name: "w\($0)") }
pool.remove(at: 1)
print("after remove")
pool.removeAll()
print("after removeAll")
class Timer {
    var ticks = 0
    var onTick: ((Int) -> Void)?
    func start(_ n: Int) { for _ in 0..<n { ticks += 1; onTick?(ticks) } }
}
class Clock {
    let timer = Timer()
    var seen: [Int] = []
    init() { timer.onTick = { [weak self] t in self?.seen.append(t) } }
    deinit { print("clock gone") }
}
var clock: Clock? = Clock()
clock?.timer.start(3)
print(clock?.seen ?? [])
clock = nil
print("end")

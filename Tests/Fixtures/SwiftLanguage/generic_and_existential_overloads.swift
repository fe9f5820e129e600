// One function name declared for a generic parameter and for a protocol type: both exist.
protocol Instrument {
    var name: String { get }
    func play() -> String
}

struct Drum: Instrument {
    let name = "drum"
    func play() -> String { "boom" }
}

struct Flute: Instrument {
    let name = "flute"
    func play() -> String { "toot" }
}

func perform<T: Instrument>(on instrument: T) -> String {
    "\(instrument.name): \(instrument.play())"
}

func perform(on instrument: Instrument) -> String {
    "any \(instrument.name): \(instrument.play())"
}

print(perform(on: Drum()))
let band: [Instrument] = [Drum(), Flute()]
for member in band {
    print(perform(on: member))
}

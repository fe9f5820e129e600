// A generic function may call a protocol's requirement before any type implements it, beside
// an overload that takes the protocol type.
protocol Alarm {
    func ring()
}

func test<A: Alarm>(_ alarm: A) {
    alarm.ring()
}

func test(_ alarm: Alarm) {
    alarm.ring()
}

let plan = ["draft", "final"]
print("no alarm is built yet:", plan.count, "designs planned")

// `weak var` variables hold an instance without keeping it alive; nil once it is gone.
class Session {
    let user: String
    init(user: String) {
        self.user = user
        print("open", user)
    }
    deinit { print("close", user) }
}

var strong: Session? = Session(user: "ann")
weak var watcher = strong
print(watcher?.user ?? "gone")
strong = nil
print(watcher?.user ?? "gone", watcher == nil)

func probe() {
    var local: Session? = Session(user: "bob")
    weak var observer: Session? = local
    print("inside:", observer?.user ?? "gone")
    local = nil
    print("after:", observer?.user ?? "gone")
    let again = Session(user: "cid")
    observer = again
    print("again:", observer?.user ?? "gone")
}
probe()
print("done")

// A catch pattern in parentheses, and #warning, which only the compiler reads.
enum LoginError: Error {
    case locked(minutes: Int)
    case unknownUser
}

func login(_ user: String) throws -> String {
    if user == "eve" { throw LoginError.locked(minutes: 5) }
    if user.isEmpty { throw LoginError.unknownUser }
    return "welcome \(user)"
}

#warning("remove the test users before shipping")
for user in ["ann", "eve", ""] {
    do {
        print(try login(user))
    } catch let (error as LoginError) {
        switch error {
        case .locked(let minutes): print("locked for \(minutes) min")
        case .unknownUser: print("who?")
        }
    }
}
print("done")

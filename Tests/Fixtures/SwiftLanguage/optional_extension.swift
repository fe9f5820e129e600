// Extensions of Optional: members of every optional value, present or nil.
extension Optional where Wrapped == String {
    var orEmpty: String {
        switch self {
        case .some(let text): return text
        case .none: return ""
        }
    }
    var orPlaceholder: String { self ?? "n/a" }
}

extension Optional {
    var isMissing: Bool { self == nil }
}

struct Contact {
    var name: String
    var phone: String?
}

let people = [Contact(name: "Ann", phone: "555-0101"), Contact(name: "Bob", phone: nil)]
for person in people {
    print("\(person.name): [\(person.phone.orEmpty)] \(person.phone.orPlaceholder) \(person.phone.isMissing)")
}
var nickname: String? = nil
print(nickname.orPlaceholder, nickname.isMissing)
nickname = "Bee"
print(nickname.orPlaceholder, nickname.isMissing)

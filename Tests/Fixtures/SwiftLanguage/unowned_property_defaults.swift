// A weak or unowned property's initial value is made and released at once when nothing else
// holds it; assigning such a property does not read the reference it replaces.
class Owner {
    let name: String
    init(name: String) { self.name = name }
    deinit { print("owner", name, "released") }
}

class Pet {
    unowned var owner = Owner(name: "placeholder")
    weak var sitter: Owner? = Owner(name: "temporary")
    deinit { print("pet released") }
}

let alice = Owner(name: "alice")
print("making pet")
let pet = Pet()
print("sitter:", pet.sitter?.name ?? "none")
pet.owner = alice
print("owner:", pet.owner.name)
do {
    let bob = Owner(name: "bob")
    pet.sitter = bob
    print("sitter:", pet.sitter?.name ?? "none")
}
print("sitter:", pet.sitter?.name ?? "none")

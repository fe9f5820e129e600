// weak and unowned stored properties do not keep their instance alive: deinit runs when the
// last strong reference goes, a weak property then reads nil.
final class Owner {
    let name: String
    var pet: Pet?
    init(name: String) { self.name = name; print("owner \(name) arrives") }
    deinit { print("owner \(name) leaves") }
}
final class Pet {
    let name: String
    weak var owner: Owner?
    init(name: String) { self.name = name }
    deinit { print("pet \(name) leaves") }
}

var ada: Owner? = Owner(name: "Ada")
var rex: Pet? = Pet(name: "Rex")
ada?.pet = rex
rex?.owner = ada
print(rex?.owner?.name ?? "no owner", ada?.pet?.name ?? "no pet")
ada = nil
print(rex?.owner?.name ?? "no owner")
rex = nil

final class Account {
    let id: Int
    var cards: [Card] = []
    init(id: Int) { self.id = id }
    deinit { print("account \(id) closed with \(cards.count) cards") }
}
final class Card {
    let last4: String
    unowned let account: Account
    init(last4: String, account: Account) {
        self.last4 = last4
        self.account = account
    }
    deinit { print("card \(last4) destroyed") }
}
do {
    let account = Account(id: 7)
    account.cards.append(Card(last4: "1234", account: account))
    account.cards.append(Card(last4: "9876", account: account))
    print(account.cards.map { "\($0.last4)@\($0.account.id)" })
}
print("after the block")

final class TreeNode {
    let value: Int
    weak var parent: TreeNode?
    var children: [TreeNode] = []
    init(_ value: Int) { self.value = value }
    func add(_ child: TreeNode) { child.parent = self; children.append(child) }
    var depth: Int { parent.map { $0.depth + 1 } ?? 0 }
    deinit { print("node \(value) freed") }
}
var root: TreeNode? = TreeNode(1)
let leaf = TreeNode(3)
root!.add(TreeNode(2))
root!.children[0].add(leaf)
print(leaf.depth, leaf.parent?.parent?.value ?? -1)
root = nil
print(leaf.parent == nil, leaf.depth)

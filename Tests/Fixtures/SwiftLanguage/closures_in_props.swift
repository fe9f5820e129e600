struct Op {
  var name: String
  var apply: (Int, Int) -> Int
}

let ops = [Op(name: "add", apply: { $0 + $1 }), Op(name: "mul", apply: { $0 * $1 })]
for op in ops { print(op.name, op.apply(3, 4)) }

protocol Animal { var name: String { get } }
extension Animal { func speak() -> String { "\(name) generic" } }
protocol Pet: Animal {}
struct Cat: Pet { let name = "Tom"; func speak() -> String { "\(name) purrs" } }
let a: [Animal] = [Cat()]
for x in a { print(x.speak()) }
let b: [any Animal] = [Cat()]
for x in b { print(x.speak()) }
let p: [any Pet] = [Cat()]
for x in p { print(x.speak()) }
func intro(_ a: some Animal) -> String { a.speak() }

func intro3(_ a: Animal) -> String { a.speak() }
print(intro(Cat()), intro3(Cat()), Cat().speak())

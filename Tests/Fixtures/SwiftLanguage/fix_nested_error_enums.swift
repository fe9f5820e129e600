enum Lexer {
    enum Error: Swift.Error { case badChar(Character), eof }
    static func lex(_ s: String) throws -> [Character] {
        if s.isEmpty { throw Error.eof }
        if s.contains("!") { throw Error.badChar("!") }
        return Array(s)
    }
}
enum Parser {
    enum Error: Swift.Error { case badToken, eof }
    static func parse(_ s: String) throws -> Int {
        let cs = try Lexer.lex(s)
        if cs.first == "x" { throw Error.badToken }
        if cs.count > 3 { throw Parser.Error.eof }
        return cs.count
    }
}
for input in ["ab", "", "a!", "xy", "abcd"] {
    do {
        print(try Parser.parse(input))
    } catch Parser.Error.badToken {
        print("parser bad token")
    } catch Parser.Error.eof {
        print("parser eof")
    } catch Lexer.Error.eof {
        print("lexer eof")
    } catch Lexer.Error.badChar(let c) {
        print("lexer bad", c)
    } catch {
        print("other", error)
    }
}
do { _ = try Parser.parse("") } catch let e as Parser.Error { print("P", e) } catch let e as Lexer.Error { print("L", e) } catch { print(error) }
do { _ = try Parser.parse("xx") } catch let e as Lexer.Error { print("L", e) } catch let e as Parser.Error { print("P", e) } catch { print(error) }
struct Net { enum Error: Swift.Error { case timeout } }
do { throw Net.Error.timeout } catch is Parser.Error { print("wrong") } catch is Net.Error { print("net") } catch { print("?") }
print(Parser.Error.eof, Lexer.Error.eof)
do { throw Lexer.Error.badChar("?") } catch let e as Swift.Error { print("any", e) }
func classify(_ e: Swift.Error) -> String {
    switch e {
    case Parser.Error.eof: return "P.eof"
    case Lexer.Error.eof: return "L.eof"
    case is Parser.Error: return "P.other"
    default: return "other"
    }
}
print(classify(Lexer.Error.eof), classify(Parser.Error.eof), classify(Parser.Error.badToken), classify(Net.Error.timeout))

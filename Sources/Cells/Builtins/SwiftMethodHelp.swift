/// What `nnbook ops` shows for the Swift methods cells can call on arrays, strings,
/// dictionaries and numbers (`Builtins.methods`): the signature as Swift's
/// documentation writes it, and one line of help. A test requires an entry for
/// every method, so a method cannot be added without its help.
extension Builtins {
  static let swiftMethodHelp: [String: (signature: String, help: String)] = [
    "allSatisfy(_:)": ("allSatisfy(_ predicate: (Element) -> Bool) -> Bool", "True when every element passes"),
    "append(_:)": ("append(_ element: Element)", "Adds an element at the end (a string appends text)"),
    "append(contentsOf:)": ("append(contentsOf: [Element])", "Adds every element of another array at the end"),
    "appendInterpolation(_:)": (
      "appendInterpolation(_ value: Any)",
      "In an extension of String.StringInterpolation: adds a value's text, as \\(value) does"
    ),
    "appendLiteral(_:)": (
      "appendLiteral(_ literal: String)", "In an extension of String.StringInterpolation: adds literal text"
    ),
    "compactMap(_:)": ("compactMap(_ transform: (Element) -> T?) -> [T]", "Transforms each element, dropping nils"),
    "components(separatedBy:)": ("components(separatedBy: String) -> [String]", "Splits a string at each separator"),
    "contains(_:)": (
      "contains(_ element: Element) -> Bool", "True when the element is present (a substring for strings)"
    ),
    "contains(where:)": ("contains(where: (Element) -> Bool) -> Bool", "True when some element passes"),
    "dropFirst()": ("dropFirst(_ k: Int = 1) -> [Element]", "All but the first k elements"),
    "dropLast()": ("dropLast(_ k: Int = 1) -> [Element]", "All but the last k elements"),
    "dropFirst(_:)": ("dropFirst(_ k: Int) -> [Element]", "All but the first k elements"),
    "dropLast(_:)": ("dropLast(_ k: Int) -> [Element]", "All but the last k elements"),
    "elementsEqual(_:)": (
      "elementsEqual(_ other: some Sequence) -> Bool", "True when both have the same elements in the same order"
    ),
    "makeIterator()": (
      "makeIterator() -> IndexingIterator<Self>", "An iterator whose next() gives each element in turn, then nil"
    ),
    "next()": ("next() -> Element?", "The iterator's next element, or nil when there is none left"),
    "enumerated()": ("enumerated() -> [(offset: Int, element: Element)]", "Each element with its position"),
    "filter(_:)": ("filter(_ isIncluded: (Element) -> Bool) -> [Element]", "The elements that pass"),
    "first(where:)": ("first(where: (Element) -> Bool) -> Element?", "The first element that passes, or nil"),
    "firstIndex(of:)": ("firstIndex(of: Element) -> Int?", "Where the element first appears, or nil"),
    "index(of:)": (
      "index(of: Element) -> Int?", "Where the element first appears, or nil (older name of firstIndex(of:))"
    ),
    "index(where:)": (
      "index(where: (Element) -> Bool) -> Int?", "Where the first passing element is, or nil (older firstIndex(where:))"
    ),
    "prefix(upTo:)": ("prefix(upTo end: Int) -> [Element]", "The elements before index end: xs[..<end]"),
    "prefix(through:)": ("prefix(through last: Int) -> [Element]", "The elements up to index last: xs[...last]"),
    "suffix(from:)": ("suffix(from start: Int) -> [Element]", "The elements from index start on: xs[start...]"),
    "firstIndex(where:)": (
      "firstIndex(where: (Element) -> Bool) -> Int?", "Where the first passing element is, or nil"
    ),
    "flatMap(_:)": (
      "flatMap(_ transform: (Element) -> [T]) -> [T]", "Transforms each element into an array and joins them"
    ),
    "forEach(_:)": ("forEach(_ body: (Element) -> Void)", "Runs the closure on each element"),
    "hasPrefix(_:)": ("hasPrefix(_ prefix: String) -> Bool", "True when the string starts with prefix"),
    "hasSuffix(_:)": ("hasSuffix(_ suffix: String) -> Bool", "True when the string ends with suffix"),
    "quotientAndRemainder(dividingBy:)": (
      "quotientAndRemainder(dividingBy: Int) -> (quotient: Int, remainder: Int)",
      "The quotient and remainder of dividing by another integer, as a labeled tuple"
    ),
    "insert(contentsOf:at:)": (
      "insert(contentsOf: [Element], at: Int)", "Inserts every element of another collection before position i"
    ),
    "insert(_:at:)": ("insert(_ element: Element, at: Int)", "Inserts an element before position i"),
    "combine(_:)": ("combine(_ value: some Hashable)", "Adds a value to a Hasher, in a type's hash(into:)"),
    "isMultiple(of:)": ("isMultiple(of: Int) -> Bool", "True when the integer divides evenly"),
    "signum()": ("signum() -> Int", "-1 for a negative number, 0 for zero, 1 for a positive one"),
    "distance(to:)": ("distance(to: Int) -> Int", "How far another number is from this one (other - self)"),
    "advanced(by:)": ("advanced(by: Int) -> Int", "This number plus n"),
    "toggle()": ("toggle()", "Flips a Bool variable in place: true becomes false"),
    "lexicographicallyPrecedes(_:)": (
      "lexicographicallyPrecedes(_ other: some Sequence) -> Bool",
      "True when the elements come first in dictionary order (a prefix comes first)"
    ),
    "lexicographicallyPrecedes(_:by:)": (
      "lexicographicallyPrecedes(_ other: some Sequence, by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool",
      "Dictionary order of two sequences by the given comparison"
    ),
    "addingReportingOverflow(_:)": (
      "addingReportingOverflow(_ other: Self) -> (partialValue: Self, overflow: Bool)",
      "The wrapped sum and whether the exact sum did not fit"
    ),
    "subtractingReportingOverflow(_:)": (
      "subtractingReportingOverflow(_ other: Self) -> (partialValue: Self, overflow: Bool)",
      "The wrapped difference and whether the exact one did not fit"
    ),
    "multipliedReportingOverflow(by:)": (
      "multipliedReportingOverflow(by other: Self) -> (partialValue: Self, overflow: Bool)",
      "The wrapped product and whether the exact one did not fit"
    ),
    "dividedReportingOverflow(by:)": (
      "dividedReportingOverflow(by other: Self) -> (partialValue: Self, overflow: Bool)",
      "The quotient and whether it overflowed (dividing by zero reports overflow)"
    ),
    "remainderReportingOverflow(dividingBy:)": (
      "remainderReportingOverflow(dividingBy other: Self) -> (partialValue: Self, overflow: Bool)",
      "The remainder and whether it overflowed (dividing by zero reports overflow)"
    ),
    "joined()": ("joined() -> String", "Concatenates strings (or the arrays of an array)"),
    "joined(separator:)": ("joined(separator: String) -> String", "Concatenates strings with a separator"),
    "lastIndex(of:)": ("lastIndex(of: Element) -> Int?", "Where the element last appears, or nil"),
    "lowercased()": ("lowercased() -> String", "The string in lower case"),
    "map(_:)": ("map(_ transform: (Element) -> T) -> [T]", "Transforms each element"),
    "mapValues(_:)": ("mapValues(_ transform: (Value) -> T) -> [Key: T]", "Transforms each value of a dictionary"),
    "compactMapValues(_:)": (
      "compactMapValues(_ transform: (Value) -> T?) -> [Key: T]",
      "Transforms each value of a dictionary, leaving out the keys whose result is nil"
    ),
    "merging(_:uniquingKeysWith:)": (
      "merging(_ other: [Key: Value], uniquingKeysWith combine: (Value, Value) -> Value) -> [Key: Value]",
      "A dictionary with the other's entries added; combine chooses for keys in both"
    ),
    "merge(_:uniquingKeysWith:)": (
      "merge(_ other: [Key: Value], uniquingKeysWith combine: (Value, Value) -> Value)",
      "Adds the other's entries to this dictionary; combine chooses for keys in both"
    ),
    "max()": ("max() -> Element?", "The largest element, or nil when empty"),
    "max(by:)": ("max(by: (Element, Element) -> Bool) -> Element?", "The largest element by an ordering"),
    "min()": ("min() -> Element?", "The smallest element, or nil when empty"),
    "min(by:)": ("min(by: (Element, Element) -> Bool) -> Element?", "The smallest element by an ordering"),
    "popLast()": ("popLast() -> Element?", "Removes and returns the last element, or nil when empty"),
    "prefix(_:)": ("prefix(_ k: Int) -> [Element]", "The first k elements"),
    "prefix(while:)": ("prefix(while: (Element) -> Bool) -> [Element]", "The leading elements that pass"),
    "drop(while:)": ("drop(while: (Element) -> Bool) -> [Element]", "What follows the leading elements that pass"),
    "reduce(_:_:)": ("reduce(_ initial: T, _ combine: (T, Element) -> T) -> T", "Combines the elements into one value"),
    "appending(_:)": ("appending(_ other: String) -> String", "Foundation's: the string with the other after it"),
    "localizedCaseInsensitiveContains(_:)": (
      "localizedCaseInsensitiveContains(_ other: String) -> Bool",
      "Foundation's: whether the text appears, ignoring case"
    ),
    "clamped(to:)": ("clamped(to: Range<Int>) -> Range<Int>", "The range with its bounds moved inside the limits"),
    "overlaps(_:)": ("overlaps(_ other: Range<Int>) -> Bool", "Whether the two ranges share an element"),
    "reduce(into:_:)": (
      "reduce(into: T, _ update: (inout T, Element) -> Void) -> T", "Builds one value from the elements in place"
    ),
    "remove(at:)": ("remove(at: Int) -> Element", "Removes and returns the element at a position"),
    "removeAll()": ("removeAll()", "Removes every element"),
    "removeAll(keepingCapacity:)": (
      "removeAll(keepingCapacity: Bool)", "Removes every element (capacity is not observable in cells)"
    ),
    "removeAll(where:)": ("removeAll(where: (Element) -> Bool)", "Removes the elements that pass"),
    "removeFirst(_:)": ("removeFirst(_ k: Int)", "Removes the first k elements"),
    "removeLast(_:)": ("removeLast(_ k: Int)", "Removes the last k elements"),
    "removeFirst()": ("removeFirst() -> Element", "Removes and returns the first element"),
    "removeLast()": ("removeLast() -> Element", "Removes and returns the last element"),
    "removeValue(forKey:)": ("removeValue(forKey: Key) -> Value?", "Removes a dictionary entry and returns its value"),
    "updateValue(_:forKey:)": (
      "updateValue(_ value: Value, forKey: Key) -> Value?", "Sets a dictionary entry and returns its old value"
    ),
    "replacingOccurrences(of:with:)": (
      "replacingOccurrences(of: String, with: String) -> String", "The string with every occurrence replaced"
    ),
    "reverse()": ("reverse()", "Reverses the array in place"),
    "reversed()": ("reversed() -> [Element]", "The elements in reverse order"),
    "rounded()": ("rounded() -> Double", "The nearest whole number (halves away from zero)"),
    "sort()": ("sort()", "Sorts the array in place, ascending"),
    "sort(by:)": ("sort(by: (Element, Element) -> Bool)", "Sorts the array in place by an ordering"),
    "sorted()": ("sorted() -> [Element]", "The elements in ascending order"),
    "shuffled()": ("shuffled() -> [Element]", "The elements in a random order, from the lesson's seeded generator"),
    "shuffle()": ("mutating shuffle()", "Puts the elements in a random order, from the lesson's seeded generator"),
    "randomElement()": (
      "randomElement() -> Element?", "A random element (nil when empty), from the lesson's seeded generator"
    ),
    "sorted(by:)": ("sorted(by: (Element, Element) -> Bool) -> [Element]", "The elements ordered by a closure"),
    "split(separator:)": (
      "split(separator: Character) -> [String]", "Splits a string at a character, dropping empty parts"
    ),
    "squareRoot()": ("squareRoot() -> Double", "The square root of a number"),
    "suffix(_:)": ("suffix(_ k: Int) -> [Element]", "The last k elements"),
    "partition(by:)": (
      "partition(by: (Element) -> Bool) -> Int", "Moves the elements the closure accepts to the end; where they start"
    ),
    "swapAt(_:_:)": ("swapAt(_ i: Int, _ j: Int)", "Exchanges two elements of the array"),
    "removeSubrange(_:)": ("removeSubrange(_ range: Range<Int>)", "Removes the elements (characters) in the range"),
    "replaceSubrange(_:with:)": (
      "replaceSubrange(_ range: Range<Int>, with: [Element])", "Replaces the elements in the range with others"
    ),
    "trimmingCharacters(in:)": (
      "trimmingCharacters(in: .whitespaces) -> String", "The string without leading and trailing spaces"
    ),
    "truncatingRemainder(dividingBy:)": (
      "truncatingRemainder(dividingBy: Double) -> Double", "The remainder of a division of doubles"
    ),
    "uppercased()": ("uppercased() -> String", "The string in upper case"),
    "index(_:offsetBy:)": (
      "index(_ i: String.Index, offsetBy: Int) -> String.Index", "The index that many characters from i"
    ),
    "index(_:offsetBy:limitedBy:)": (
      "index(_ i: String.Index, offsetBy: Int, limitedBy: String.Index) -> String.Index?",
      "The index that many characters from i, or nil past the limit"
    ),
    "index(after:)": ("index(after: String.Index) -> String.Index", "The index of the next character"),
    "index(before:)": ("index(before: String.Index) -> String.Index", "The index of the previous character"),
    "distance(from:to:)": (
      "distance(from: String.Index, to: String.Index) -> Int", "The characters between two indices"
    ),
    "reserveCapacity(_:)": ("reserveCapacity(_ n: Int)", "Reserves room for n elements (changes no value)"),
    "split(whereSeparator:)": (
      "split(whereSeparator: (Element) -> Bool) -> [SubSequence]",
      "Splits at each element that passes, dropping empty parts"
    ),
    "starts(with:)": ("starts(with: Sequence) -> Bool", "True when the sequence begins with the other's elements"),
    "padding(toLength:withPad:startingAt:)": (
      "padding(toLength: Int, withPad: String, startingAt: Int) -> String",
      "The string cut or padded with the pad text to the length"
    ),
  ].merging(learnerMethodHelp) { own, _ in own }
}

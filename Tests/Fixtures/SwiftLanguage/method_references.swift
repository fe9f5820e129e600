// A built-in method named without calling it is a function bound to its receiver.
let vowels = ["a", "e", "i", "o", "u"]
let word = ["o", "u", "i"]
print(word.allSatisfy(vowels.contains), ["a", "x"].allSatisfy(vowels.contains))
let isVowel = vowels.contains
print(isVowel("e"), isVowel("z"))
let banned = "xyz"
let letters: [Character] = ["a", "y", "b", "z"]
print(letters.filter(banned.contains))
var shopping = ["milk", "eggs"]
let had = shopping.contains
shopping.append("tea")
print(had("tea"), shopping.contains("tea"))

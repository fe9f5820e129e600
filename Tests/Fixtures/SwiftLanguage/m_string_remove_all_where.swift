var sentence = "I love swift and swift loves me"
sentence.removeAll { $0 == " " }
print(sentence, sentence.count)
var word = "Mississippi"
word.removeAll(where: { "aeiou".contains($0) })
print(word)
var emoji = "a👍b👍c"
emoji.removeAll { !$0.isASCII }
print(emoji)

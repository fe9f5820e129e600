# Building a string of 200,000 digits piece by piece, as the nnbook cell in
# strings.md.
s = ""
for i in range(200_000):
    s += str(i % 10)
    if i % 50 == 49:
        s += "\n"
print(len(s))

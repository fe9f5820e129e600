# 20 million iterations of % and +=, as the nnbook cell in loop.md.

total = 0
for i in range(20_000_000):
    total += i % 7
print(total)


func load() async -> Int { 42 }
print("start")

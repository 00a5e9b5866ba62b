stock = {"apples": 3, "pears": 0}
print(stock.get("apples"), stock.get("kiwis"), stock.get("kiwis", 0))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
groups = {}
for w in ["ant", "bee", "asp", "bat", "cow"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(stock.setdefault("pears", 99), stock.setdefault("plums", 5))
print(stock)
config = {"debug": False}
print("debug" in config, config.get("debug", True))
value = config.pop("missing", "fallback")
print(value)

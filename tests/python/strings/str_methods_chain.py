text = "  The Quick, Brown FOX jumps; over the lazy dog.  "
words = [w.strip(".,;").lower() for w in text.split()]
print(words)
print(" ".join(w.capitalize() for w in words))
print(text.strip().lower().replace(",", "").replace(";", "").replace(".", "").split(" "))
counts = {}
for ch in text.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])

text = "mississippi river"
c1 = {}
for ch in text:
    if ch in c1:
        c1[ch] += 1
    else:
        c1[ch] = 1
c2 = {}
for ch in text:
    c2[ch] = c2.get(ch, 0) + 1
c3 = {}
for ch in text:
    c3.setdefault(ch, 0)
    c3[ch] += 1
c4 = {ch: text.count(ch) for ch in text}
print(c1 == c2 == c3 == c4, c1)
print(sorted(c1.items(), key=lambda kv: kv[1], reverse=True)[:3])
print(sorted(c1, key=lambda k: (-c1[k], k)))
print(dict(sorted(c1.items())))

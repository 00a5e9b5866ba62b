def find_all(text, sub):
    positions = []
    i = text.find(sub)
    while i != -1:
        positions.append(i)
        i = text.find(sub, i + 1)
    return positions

text = "abracadabra"
print(find_all(text, "a"), find_all(text, "abra"), find_all(text, "z"))
print(text.count("a"), text.index("c"), text.rindex("a"))
print(text.find("a", 4), text.find("a", 4, 6), text.find(""))
def highlight(text, word):
    out = []
    start = 0
    for p in find_all(text, word):
        out.append(text[start:p])
        out.append("[" + word + "]")
        start = p + len(word)
    out.append(text[start:])
    return "".join(out)
print(highlight("the cat sat on the mat", "at"))
print("banana".replace("an", "AN", 1), "banana".partition("n"), "banana".rpartition("n"))

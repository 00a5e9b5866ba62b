def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w.lower())), []).append(w)
    return [g for g in groups.values() if len(g) > 1]
def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines
def camel_to_snake(name):
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i and (not name[i - 1].isupper() or (i + 1 < len(name) and name[i + 1].islower())):
            out.append("_")
        out.append(ch.lower())
    return "".join(out)
for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(s), is_palindrome(s))
print(anagrams(["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "dog"]))
text = "The free-threaded interpreter runs Python code on every core at the same time, without a global lock."
for line in wrap(text, 28):
    print(f"|{line:<28}|")
for n in ["camelCase", "HTTPServerError", "simple", "getHTTPResponseCode", "ABC"]:
    print(n, "->", camel_to_snake(n))
print("-".join(w[::-1] for w in "reverse each word".split()))

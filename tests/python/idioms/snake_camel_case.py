def snake_to_camel(s):
    first, *rest = s.split("_")
    return first + "".join(w.capitalize() for w in rest)

def camel_to_snake(s):
    out = []
    for i, ch in enumerate(s):
        if ch.isupper() and i > 0:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)

def to_title(s):
    small = {"a", "an", "the", "of", "and", "in"}
    words = s.lower().split()
    return " ".join(w if i and w in small else w.capitalize() for i, w in enumerate(words))

for s in ["user_id", "http_response_code", "x", "already"]:
    print(s, "->", snake_to_camel(s))
for s in ["userId", "HttpResponseCode", "simple", "getX"]:
    print(s, "->", camel_to_snake(s))
print(to_title("the lord OF the rings"), "|", to_title("a tale of two cities"))
print("hello world".title(), "they're bill's".title())
print("kebab-case-name".replace("-", "_").upper())

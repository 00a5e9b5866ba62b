HEX = "0123456789ABCDEF"

def unquote(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "+":
            out.append(" ")
        elif c == "%" and i + 2 < len(s) + 1 and all(ch in HEX for ch in s[i + 1:i + 3].upper()) and len(s[i + 1:i + 3]) == 2:
            out.append(chr(int(s[i + 1:i + 3], 16)))
            i += 2
        else:
            out.append(c)
        i += 1
    return "".join(out)

def quote(s, safe="-_.~"):
    return "".join(c if c.isalnum() and c.isascii() or c in safe else "".join(f"%{b:02X}" for b in c.encode()) for c in s)

def parse_url(url):
    scheme, _, rest = url.partition("://")
    rest, _, fragment = rest.partition("#")
    rest, _, query = rest.partition("?")
    host, slash, path = rest.partition("/")
    host, _, port = host.partition(":")
    params = {}
    for pair in filter(None, query.split("&")):
        k, _, v = pair.partition("=")
        params.setdefault(unquote(k), []).append(unquote(v))
    return {"scheme": scheme, "host": host, "port": int(port) if port else None,
            "path": "/" + path, "params": params, "fragment": fragment}

for url in ["https://example.com:8443/search/items?q=red+shoes&size=9&size=10&note=50%25+off#top",
            "http://localhost/",
            "ftp://files.org/pub/a%20b.txt?x=&y"]:
    parts = parse_url(url)
    print(url)
    for k, v in parts.items():
        print(f"   {k:<9}{v!r}")
print(quote("hello world & more/ü"), unquote(quote("a b&c=d")))
params = {"q": "fish & chips", "page": 2}
print("&".join(f"{quote(k)}={quote(str(v))}" for k, v in params.items()))

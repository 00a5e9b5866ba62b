class ParseError(Exception):
    pass
def parse(text):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1
    def value():
        nonlocal pos
        ws()
        if pos >= len(text):
            raise ParseError("unexpected end")
        c = text[pos]
        if c == "{":
            pos += 1
            obj = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return obj
            while True:
                ws()
                key = value()
                if not isinstance(key, str):
                    raise ParseError(f"key must be a string at {pos}")
                ws()
                if text[pos] != ":":
                    raise ParseError(f"expected ':' at {pos}")
                pos += 1
                obj[key] = value()
                ws()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "}":
                    pos += 1
                    return obj
                else:
                    raise ParseError(f"expected ',' or '}}' at {pos}")
        if c == "[":
            pos += 1
            arr = []
            ws()
            if text[pos] == "]":
                pos += 1
                return arr
            while True:
                arr.append(value())
                ws()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "]":
                    pos += 1
                    return arr
                else:
                    raise ParseError(f"expected ',' or ']' at {pos}")
        if c == '"':
            pos += 1
            out = []
            while text[pos] != '"':
                if text[pos] == "\\":
                    pos += 1
                    out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}[text[pos]])
                else:
                    out.append(text[pos])
                pos += 1
            pos += 1
            return "".join(out)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        if not num:
            raise ParseError(f"unexpected {c!r} at {pos}")
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    result = value()
    ws()
    if pos != len(text):
        raise ParseError(f"trailing data at {pos}")
    return result
doc = '{"name": "weft", "version": [0, 1], "ok": true, "ratio": 2.5e-1, "none": null, "nested": {"s": "a\\"b\\n", "list": [{}, []]}}'
r = parse(doc)
print(r)
print(r["nested"]["s"], r["version"][1] + 1, type(r["ratio"]).__name__)
for bad in ['{"a" 1}', "[1, 2", "[1 2]", "{1: 2}", "tru", "[] x"]:
    try:
        parse(bad)
    except (ParseError, IndexError) as e:
        print(repr(bad), type(e).__name__, e)

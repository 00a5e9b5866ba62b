samples = ["plain", "tab\t", "nl\n", "quote'", 'dq"', "both'\"", "back\\", "\x00\x07\x1f", "\x7f\x80\x9f", "\xa0\xad", "é", "\u200e", "\ud800" if False else "x", "\U0001f600", "\u3000"]
for s in samples:
    print(repr(s))

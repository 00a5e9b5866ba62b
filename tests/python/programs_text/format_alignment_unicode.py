import unicodedata
def display_width(s):
    w = 0
    for ch in s:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w
def pad(s, width, align="<"):
    gap = max(width - display_width(s), 0)
    if align == "<":
        return s + " " * gap
    if align == ">":
        return " " * gap + s
    return " " * (gap // 2) + s + " " * (gap - gap // 2)
rows = [("English", "Hello"), ("日本語", "こんにちは"), ("Français", "Bonjour"), ("한국어", "안녕하세요"), ("Zalgo", "Z\u0351a\u0352l\u0353g\u0354o"), ("Emoji", "👋🌍")]
for lang, greet in rows:
    print(f"|{lang:<10}|{greet:<12}|  naive len={len(greet)}")
print()
for lang, greet in rows:
    print("|" + pad(lang, 10) + "|" + pad(greet, 12) + "|" + pad(greet, 14, "^") + "|", display_width(greet))
print(f"{'é':*^5}", f"{'e' + chr(0x301):*^5}", len("é"), len("e\u0301"), "é" == unicodedata.normalize("NFC", "e\u0301"))
print(f"{'ß':>3}|{'ﬃ':<3}|{'Ⅻ':^3}|{'𝔘':>3}|", "ß".upper().center(5, "."), "ﬃ".upper().ljust(5, "_"))

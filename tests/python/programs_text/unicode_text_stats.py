import unicodedata
texts = {
    "english": "The café served crème brûlée.",
    "greek": "Καλημέρα κόσμε",
    "russian": "Съешь же ещё этих мягких французских булок",
    "japanese": "日本語のテキスト、カタカナとひらがな。",
    "emoji": "I ❤ Python 🐍 + ☕ = 😀",
    "mixed": "Ａｂｃ１２３ ﬁ ½ ² ℌ",
}
for label, t in texts.items():
    cats = {}
    for ch in t:
        cats[unicodedata.category(ch)] = cats.get(unicodedata.category(ch), 0) + 1
    widths = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in t)
    print(f"{label:<9} len={len(t):>3} utf8={len(t.encode()):>3} utf16={len(t.encode('utf-16-le')) // 2:>3} width={widths:>3} cats={dict(sorted(cats.items()))}")
    print(f"{'':<9} upper={t.upper()!r}")
    print(f"{'':<9} nfkc ={unicodedata.normalize('NFKC', t)!r}")
    print(f"{'':<9} ascii={t.encode('ascii', 'ignore').decode()!r} {ascii(t)[:50]}")
for ch in "aÅ日🐍½":
    print(ch, f"U+{ord(ch):04X}", unicodedata.name(ch), ch.encode("utf-8").hex(" "), len(ch.encode("utf-16-be")))
print(sorted(["été", "ete", "Eté", "etre", "étude"]), sorted(["été", "ete", "Eté", "etre", "étude"], key=lambda s: unicodedata.normalize("NFD", s).casefold()))
print("".join(reversed("Ame\u0301lie")), "Ame\u0301lie"[::-1] == "eil\u0301emA", len("👨‍👩‍👧"), list("👍🏽"))

# A wc-like utility: lines, words, chars and bytes per file, with a total line.
import os
import tempfile

TEXTS = {
    "poem.txt": "Tyger Tyger, burning bright,\nIn the forests of the night;\nWhat immortal hand or eye,\nCould frame thy fearful symmetry?\n",
    "unicode.txt": "naïve café\nrésumé — déjà vu\n日本語のテキスト\n",
    "no_newline.txt": "last line has no newline",
    "empty.txt": "",
    "blank_lines.txt": "\n\n\n  \n\t\n",
}

def wc(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    return text.count("\n"), len(text.split()), len(text), len(raw)

with tempfile.TemporaryDirectory() as tmp:
    for name, text in TEXTS.items():
        with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
            f.write(text)
    totals = [0, 0, 0, 0]
    print(f"{'lines':>7}{'words':>7}{'chars':>7}{'bytes':>7}  file")
    for name in sorted(os.listdir(tmp)):
        counts = wc(os.path.join(tmp, name))
        totals = [t + c for t, c in zip(totals, counts)]
        print("".join(f"{c:>7}" for c in counts), "", name)
    print("".join(f"{c:>7}" for c in totals), "", "total")

    longest = {}
    for name in sorted(os.listdir(tmp)):
        with open(os.path.join(tmp, name), encoding="utf-8") as f:
            best = max(f, key=len, default="")
        longest[name] = best.rstrip("\n")
    for k, v in longest.items():
        print(f"{k:<16}|{v[:30]:<30}|{len(v):3d}")

    freq = {}
    with open(os.path.join(tmp, "poem.txt")) as f:
        for line in f:
            for word in line.lower().split():
                word = word.strip(",.;?")
                freq[word] = freq.get(word, 0) + 1
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(top)
    with open(os.path.join(tmp, "poem.txt")) as f:
        chars = sorted(set(f.read()) - set(" \n"))
    print("".join(chars))

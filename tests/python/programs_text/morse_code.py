MORSE = {"A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....", "I": "..", "J": ".---",
         "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.", "S": "...", "T": "-",
         "U": "..-", "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..", "0": "-----", "1": ".----", "2": "..---",
         "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", ".": ".-.-.-", ",": "--..--", "?": "..--.."}
REVERSE = {v: k for k, v in MORSE.items()}
def encode(text):
    words = []
    for word in text.upper().split():
        codes = []
        for ch in word:
            if ch not in MORSE:
                raise KeyError(f"cannot encode {ch!r}")
            codes.append(MORSE[ch])
        words.append(" ".join(codes))
    return " / ".join(words)
def decode(code):
    return " ".join("".join(REVERSE.get(c, "#") for c in w.split()) for w in code.split(" / "))
for msg in ["SOS", "Hello World", "Python 3.11, ok?", "e e e", "  spaced   out  "]:
    enc = encode(msg)
    print(f"{msg!r:22} -> {enc}")
    print(f"{'':22}    {decode(enc)!r}")
try:
    encode("naïve")
except KeyError as e:
    print(type(e).__name__, e, e.args)
print(decode("... --- ... / ..--- -----..-- / .-.-.-"))
lengths = sorted(MORSE.items(), key=lambda kv: (len(kv[1]), kv[1]))
print(" ".join(f"{k}{v}" for k, v in lengths[:10]))
print(max(MORSE, key=lambda k: len(MORSE[k])), sum(c == "." for v in MORSE.values() for c in v), "".join(sorted(MORSE, key=MORSE.get))[:12])
table = "".maketrans(".-", "-.")
print(encode("TEST").translate(table), decode(encode("TEST").translate(table)))

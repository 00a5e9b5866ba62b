MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.",
    "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.",
    "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-",
    "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.",
    ".": ".-.-.-", ",": "--..--", "?": "..--..",
}
REVERSE = {v: k for k, v in MORSE.items()}

def encode(text):
    words = []
    for word in text.upper().split():
        codes = []
        for ch in word:
            if ch not in MORSE:
                raise ValueError(f"cannot encode {ch!r}")
            codes.append(MORSE[ch])
        words.append(" ".join(codes))
    return " / ".join(words)

def decode(code):
    return " ".join("".join(REVERSE.get(sym, "?") for sym in word.split()) for word in code.split(" / "))

for msg in ["SOS", "Hello World", "Python 3.11", "What?"]:
    enc = encode(msg)
    print(f"{msg!r:15} {enc}")
    print(f"{'':15} {decode(enc)}")
try:
    encode("50% off")
except ValueError as e:
    print("error:", e)
print(decode("... --- ...... / .-"))
lengths = sorted(MORSE.items(), key=lambda kv: (len(kv[1]), kv[0]))
print("shortest:", lengths[:4], "longest:", lengths[-1])
dots = sum(code.count(".") for code in MORSE.values())
dashes = sum(code.count("-") for code in MORSE.values())
print(dots, dashes)

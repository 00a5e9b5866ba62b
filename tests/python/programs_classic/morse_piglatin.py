MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....",
    "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.",
    "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-",
    "Y": "-.--", "Z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.",
}
REVERSE = {v: k for k, v in MORSE.items()}


def to_morse(text):
    words = text.upper().split()
    return " / ".join(" ".join(MORSE.get(ch, "?") for ch in w) for w in words)


def from_morse(code):
    return " ".join("".join(REVERSE.get(sym, "?") for sym in w.split()) for w in code.split(" / "))


def pig_latin(word):
    vowels = "aeiou"
    lower = word.lower()
    if lower[0] in vowels:
        res = lower + "way"
    else:
        i = next((i for i, c in enumerate(lower) if c in vowels), len(lower))
        res = lower[i:] + lower[:i] + "ay"
    return res.capitalize() if word[0].isupper() else res


def number_to_words(n):
    ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10] + ("" if n % 10 == 0 else "-" + ones[n % 10])
    if n < 1000:
        rest = n % 100
        return ones[n // 100] + " hundred" + ("" if rest == 0 else " and " + number_to_words(rest))
    for value, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= value:
            head, rest = divmod(n, value)
            tail = "" if rest == 0 else (" and " if rest < 100 else ", ") + number_to_words(rest)
            return number_to_words(head) + " " + name + tail


for text in ("SOS", "Hello World", "Python 3", "e t"):
    code = to_morse(text)
    print(f"{text!r:14} -> {code}")
    print(f"{'':14}    {from_morse(code)}")
print(" ".join(pig_latin(w) for w in "The quick brown fox jumps over the lazy dog".split()))
print([pig_latin(w) for w in ("apple", "Rhythm", "string", "Eat", "xyz")])
for n in (0, 7, 13, 20, 42, 99, 100, 101, 342, 999, 1000, 1001, 12345, 1000000, 1234567891):
    print(f"{n:>13,}: {number_to_words(n)}")

# Codewars-style string katas, each checked against expected answers like a kata test suite
def spin_words(sentence):
    return " ".join(w[::-1] if len(w) >= 5 else w for w in sentence.split(" "))


def to_camel_case(text):
    import re
    parts = re.split(r"[-_]", text)
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def to_snake(name):
    import re
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def pig_it(text):
    return " ".join(w[1:] + w[0] + "ay" if w.isalpha() else w for w in text.split())


def duplicate_encode(word):
    w = word.lower()
    return "".join("(" if w.count(c) == 1 else ")" for c in w)


def rot13(message):
    import codecs
    return codecs.encode(message, "rot_13")


def solution(s):
    return [(s + "_")[i:i + 2] for i in range(0, len(s), 2)]


def generate_hashtag(s):
    tag = "#" + s.title().replace(" ", "")
    return tag if 1 < len(tag) <= 140 else False


def alphabet_position(text):
    return " ".join(str(ord(c) - 96) for c in text.lower() if c.isascii() and c.isalpha())


def is_isogram(s):
    return len(set(s.lower())) == len(s)


def accum(s):
    return "-".join((c * i).capitalize() for i, c in enumerate(s, 1))


def disemvowel(s):
    return s.translate(str.maketrans("", "", "aeiouAEIOU"))


def first_non_repeating(s):
    from collections import Counter
    c = Counter(s.lower())
    return next((ch for ch in s if c[ch.lower()] == 1), "")


CASES = [
    (spin_words, ("Hey fellow warriors",), "Hey wollef sroirraw"),
    (to_camel_case, ("the-stealth-warrior",), "theStealthWarrior"),
    (to_camel_case, ("The_Stealth_Warrior",), "TheStealthWarrior"),
    (to_snake, ("camelCaseHTTPName",), "camel_case_h_t_t_p_name"),
    (pig_it, ("Pig latin is cool !",), "igPay atinlay siay oolcay !"),
    (duplicate_encode, ("Success",), ")())())"),
    (duplicate_encode, ("(( @",), "))(("),
    (rot13, ("Test 123!",), "Grfg 123!"),
    (solution, ("abcde",), ["ab", "cd", "e_"]),
    (solution, ("",), []),
    (generate_hashtag, (" Hello there thanks for trying my Kata",), "#HelloThereThanksForTryingMyKata"),
    (generate_hashtag, ("",), False),
    (alphabet_position, ("The sunset sets at twelve o' clock.",), "20 8 5 19 21 14 19 5 20 19 5 20 19 1 20 20 23 5 12 22 5 15 3 12 15 3 11"),
    (is_isogram, ("moOse",), False),
    (accum, ("RqaEzty",), "R-Qq-Aaa-Eeee-Zzzzz-Tttttt-Yyyyyyy"),
    (disemvowel, ("This website is for losers LOL!",), "Ths wbst s fr lsrs LL!"),
    (first_non_repeating, ("sTreSS",), "T"),
    (first_non_repeating, ("aabb",), ""),
]
passed = 0
for fn, args, want in CASES:
    got = fn(*args)
    ok = got == want
    passed += ok
    print(f"{'PASS' if ok else 'FAIL'} {fn.__name__}{args!r} -> {got!r}")
print(f"{passed}/{len(CASES)} passed ({passed / len(CASES):.1%})")

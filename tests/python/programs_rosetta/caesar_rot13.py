import codecs
import string

def caesar(text, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return text.translate(table)

msg = "The quick brown fox Jumped over the lazy Dog!"
enc = caesar(msg, 11)
print(enc)
print(caesar(enc, -11 % 26))
print(codecs.encode(msg, "rot13"))
print(codecs.decode(codecs.encode(msg, "rot_13"), "rot13") == msg)
# brute force with a tiny English score
common = {"the", "over", "fox", "dog", "quick"}
best = max(range(26), key=lambda k: sum(w.strip("!").lower() in common for w in caesar(enc, k).split()))
print("cracked key:", (26 - best) % 26, "->", caesar(enc, best))
print(str.maketrans("ab", "cd"))

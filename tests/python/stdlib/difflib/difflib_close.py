import difflib
import keyword

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("apple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
words = ["colour", "color", "collar", "cooler", "dollar", "solar", "cool"]
print(difflib.get_close_matches("colr", words))
print(difflib.get_close_matches("colr", words, n=5, cutoff=0.3))
print(difflib.get_close_matches("zzz", words))
for bad in [dict(n=0), dict(cutoff=1.5), dict(cutoff=-0.1)]:
    try:
        difflib.get_close_matches("x", ["x"], **bad)
    except ValueError as e:
        print("ValueError:", e)
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("x"),
      difflib.IS_CHARACTER_JUNK("\n"))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"),
      difflib.IS_LINE_JUNK("# x"))
for w in ["python", "pyhton", "jython", "cython", "typhon"]:
    r = difflib.SequenceMatcher(None, "python", w)
    print(w, round(r.ratio(), 4), round(r.quick_ratio(), 4))

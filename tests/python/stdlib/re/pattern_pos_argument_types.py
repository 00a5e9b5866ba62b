# Pattern.match/search/fullmatch/findall with a pos or endpos that is not an integer raise
# TypeError (an int past ssize_t: OverflowError), never an internal error.
import re
p = re.compile("a+")
for args in [("aaa", "x"), ("aaa", 1.5), ("aaa", None), ("baaa", True), ("aaa", 0, "2"), ("aaa", 2 ** 70), ("aaa", -5, 2), ("aaa", 1, 2 ** 64)]:
    for meth in ["match", "search", "fullmatch", "findall"]:
        try:
            r = getattr(p, meth)(*args)
            print(meth, args, r if meth == "findall" else (r and r.span()))
        except (TypeError, OverflowError) as e:
            print(meth, args, type(e).__name__, e)

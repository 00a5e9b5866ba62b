import shlex
cases = ['a "b c"d e', "a 'b\\' c'", 'x\\ y "q\\"z" \'s\\\'', 'foo#bar # c', "a&&b||c;d>e", 'one\ntwo', '"" \'\' x',
         'a"b c"d', "it's", 'p=(1, 2)', 'ß é', '\\"', '"\\\\ \\n \\$"', "  ", "a  b\t c"]
for c in cases:
    for posix in (True, False):
        for comments in (True, False):
            try:
                r = shlex.split(c, comments=comments, posix=posix)
            except ValueError as e:
                r = "ValueError: %s" % e
            print(repr(c), posix, comments, r)
    for pc in (False, True, "|&"):
        for posix in (True, False):
            try:
                lx = shlex.shlex(c, posix=posix, punctuation_chars=pc)
                r = list(lx)
            except ValueError as e:
                r = "ValueError: %s" % e
            print("  lex", pc, posix, r)
lx = shlex.shlex("a b\nc d # x\ne", posix=True)
print(lx.get_token(), lx.lineno, lx.get_token(), lx.get_token(), lx.lineno, lx.get_token(), lx.get_token(), lx.lineno, repr(lx.get_token()), lx.get_token())
lx.push_token("back")
print(lx.get_token(), lx.error_leader(), lx.error_leader("f", 3))
lx = shlex.shlex("x y")
print(repr(lx.eof), lx.wordchars, lx.quotes, lx.escape, lx.whitespace, lx.commenters, lx.punctuation_chars)
print(shlex.shlex("a", punctuation_chars=True).wordchars)
lx = shlex.shlex("a b")
lx.push_source("inner1 inner2")
print(list(lx))

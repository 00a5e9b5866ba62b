import shlex, io
cases = ["a = b + 'c d' ; e(f, g)", 'x "y z" \\q "a\\"b" \'c\\d\' # comment\nnext line', "ls|grep x&&echo >out 2>&1", "a;b", "~/x.txt -v --opt=1", "", "   ", "é word", "'' \"\" x", "a'b c'd"]
for c in cases:
    for posix in (False, True):
        for pc in (False, True):
            for ws in (False, True):
                try:
                    lex = shlex.shlex(c, posix=posix, punctuation_chars=pc)
                    lex.whitespace_split = ws
                    toks = list(lex)
                    print(posix, pc, ws, toks, lex.lineno)
                except ValueError as e:
                    print(posix, pc, ws, type(e).__name__, e)
for c in ['a "b', "a 'b", "a\\"]:
    for posix in (False, True):
        try:
            print(shlex.split(c, posix=posix))
        except ValueError as e:
            print(type(e).__name__, e)
print(shlex.split("a 'b c' d", posix=False), shlex.split("a # b", comments=True, posix=False))
lex = shlex.shlex("one two three")
print(lex.get_token(), lex.get_token(), end=" ")
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.eof), lex.error_leader(), lex.error_leader("f", 3))
lex = shlex.shlex(io.StringIO("x\ny\nz"), infile="file.cfg", posix=True)
print([(t, lex.lineno) for t in lex], lex.error_leader(), repr(lex.eof), lex.wordchars[:20], lex.punctuation_chars, shlex.shlex(punctuation_chars="+").punctuation_chars)
try:
    lex.punctuation_chars = "x"
except AttributeError as e:
    print(type(e).__name__)

import shlex
cmds = ['ls -la "My Documents"', "echo 'single quoted' and\\ escaped", 'grep -E "a|b" file.txt # comment', "a=1 b='2 3' c=\"4 5\"",
        'printf "%s\\n" "$HOME"', "  lots   of   space  ", "", "unicode 'ünï' ☃"]
for c in cmds:
    try:
        print(f"{c!r:<45} {shlex.split(c)}")
        print(f"{'':<45} comments={shlex.split(c, comments=True)}")
    except ValueError as e:
        print(f"{c!r:<45} {type(e).__name__}: {e}")
for bad in ['unterminated "quote', "also 'bad", "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(f"{bad!r:<25} {type(e).__name__}: {e}")
for word in ["simple", "has space", "it's", "", "$VAR", "a\"b", "semi;colon", "ünï"]:
    print(f"{word!r:<14} -> {shlex.quote(word)}")
print(shlex.join(["rm", "-rf", "my dir", "it's"]))
lex = shlex.shlex("a = b + 'c d' ; e(f, g)", posix=True)
lex.whitespace_split = False
print(list(lex))
lex = shlex.shlex("x=1,y=2", posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("key1=val1,key2=val2")
lex.whitespace = ","
lex.whitespace_split = True
print(list(lex))

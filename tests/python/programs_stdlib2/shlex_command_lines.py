import shlex

commands = [
    'git commit -m "Initial commit" --author="A B <a@b.c>"',
    "grep -rn 'TODO|FIXME' src/ --include='*.py'",
    r'echo "escaped \"quote\" inside" and\ space',
    "ssh host 'cd /tmp && ls -la'",
    "a\tb\nc",
    "''",
    '"" x ""',
    "one # trailing comment",
    "nested 'a \"b\" c' \"d 'e' f\"",
]
for cmd in commands:
    print(repr(cmd))
    print("  posix:", shlex.split(cmd))
    print("  comments:", shlex.split(cmd, comments=True))
    print("  non-posix:", shlex.split(cmd, posix=False))
args = ["ls", "-l", "My Documents", "it's", "$HOME", "a*b", "", "ok"]
line = shlex.join(args)
print(line)
print(shlex.split(line) == args)
print([shlex.quote(a) for a in args])
lex = shlex.shlex("x = 'a b'; y=2 # comment\nz", posix=True)
print([tok for tok in lex])
lex = shlex.shlex("key:value,other:thing", posix=True, punctuation_chars=":,")
print(list(lex))
lex = shlex.shlex("cmd1 && cmd2 || cmd3; cmd4 | cmd5 > out", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("a b c")
print(lex.get_token(), lex.get_token(), lex.lineno)
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
s = shlex.shlex('word "quoted string" more', posix=False)
s.whitespace_split = True
print(list(s))
for bad in ['unterminated "quote', "bad 'single", "trailing\\"]:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    shlex.split(None)
except ValueError as e:
    print("ValueError", e)

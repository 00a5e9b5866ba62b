import shlex

def parse(line):
    parts = shlex.split(line, comments=True)
    if not parts:
        return None
    cmd, *args = parts
    opts, pos = {}, []
    it = iter(args)
    for a in it:
        if a.startswith("--") and "=" in a:
            k, v = a[2:].split("=", 1)
            opts[k] = v
        elif a.startswith("-") and len(a) > 1:
            opts[a.lstrip("-")] = True
        else:
            pos.append(a)
    return cmd, pos, opts

script = '''
copy "My File.txt" backup/ --force   # keep a copy
grep -i 'needle in' haystack.log --context=3
echo He said \\"hi\\" --n
# a comment line
rm -rf "dir with spaces"/sub
'''
for line in script.splitlines():
    print(repr(line), "->", parse(line))
args = ["ls", "-l", "My Documents", "it's here", "$(danger)", "a;b", ""]
cmdline = shlex.join(args)
print(cmdline)
print(shlex.split(cmdline) == args)
for s in ["plain", "needs quoting", "", "single'quote", 'double"quote', "tab\there", "new\nline", "ünïcode"]:
    print(repr(s), "=>", shlex.quote(s))
lex = shlex.shlex("x = 'a b' ; y = c # tail", posix=True)
lex.wordchars += "."
print(list(lex))
lex = shlex.shlex("cmd1 && cmd2 || (cmd3 | cmd4) > out.txt", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('key1="value one" key2=value2', posix=True)
lex.whitespace_split = True
pairs = [tok.split("=", 1) for tok in lex]
print(dict(pairs))
for bad in ['echo "unclosed', "echo 'also", "ends with \\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)

# TokenInfo fields and exact_type; untokenize in full and in (type, string) mode; errors.
import io
import token
import tokenize

source = "def f(x):\n    return {x: [x ** 2, x // 3]}  # done\n\nprint(f(2))\n"
tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
for tok in tokens:
    if tok.type == token.OP:
        print(repr(tok.string), token.tok_name[tok.exact_type])
first = tokens[0]
print(first.type, first.string, first.start, first.end, repr(first.line), first._fields)
print(tokenize.untokenize(tokens) == source)
print(repr(tokenize.untokenize((t.type, t.string) for t in tokens)))
for bad in ["s = '''never ends\n", "x = (1,\n", "if x:\n    y\n  z\n"]:
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)
names = [t.string for t in tokenize.generate_tokens(io.StringIO("a.b(c, d=e)").readline) if t.type == token.NAME]
print(names)

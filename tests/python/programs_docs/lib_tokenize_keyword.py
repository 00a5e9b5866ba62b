# tokenize, token and keyword: tokens of a small source string, names and kinds, keyword lists.
import io, tokenize, token, keyword
source = 'def f(x):\n    return x ** 2  # square\nprint(f(3), "done")\n'
for tok in tokenize.generate_tokens(io.StringIO(source).readline):
    print(token.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
toks = list(tokenize.tokenize(io.BytesIO(b'x = 1.5e3 + 0x1F\n').readline))
print([(token.tok_name[t.exact_type], t.string) for t in toks])
print(tokenize.untokenize([(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO('a=1+2\n').readline)]))
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.softkwlist, len(keyword.kwlist), keyword.kwlist[:5])
print(token.NAME, token.OP, token.ISTERMINAL(token.NAME), token.ISEOF(token.ENDMARKER), token.EXACT_TOKEN_TYPES['+'] == token.PLUS, token.tok_name[token.NEWLINE])
try:
    list(tokenize.generate_tokens(io.StringIO('x = (1,\n').readline))
except tokenize.TokenError as e:
    print('TokenError:', e.args)
print(tokenize.detect_encoding(io.BytesIO(b'# -*- coding: latin-1 -*-\nx = 1\n').readline))

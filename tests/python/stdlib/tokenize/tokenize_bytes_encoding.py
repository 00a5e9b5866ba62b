# tokenize on bytes, detect_encoding (BOM, coding cookies), untokenize back to bytes.
import io
import tokenize

for source in [b"x = 1\n", b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", b'\xef\xbb\xbfx = 1\n',
               b"#!/usr/bin/env python\n# coding=utf-8\nprint(1)\n", b"", b"\n\n# vim: set fileencoding=ascii :\n"]:
    print(tokenize.detect_encoding(io.BytesIO(source).readline))
    tokens = list(tokenize.tokenize(io.BytesIO(source).readline))
    for tok in tokens:
        print('   ', tok)
    print('   ', tokenize.untokenize(tokens))
for bad in [b"# coding: no-such-codec\n", b"\xef\xbb\xbf# coding: latin-1\n"]:
    try:
        tokenize.detect_encoding(io.BytesIO(bad).readline)
    except SyntaxError as e:
        print('SyntaxError:', e)

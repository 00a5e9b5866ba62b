# compile()/exec() of bytes honour a PEP 263 encoding declaration on the first two lines (a str
# source ignores it); a bad declaration is a SyntaxError at line 0. mode 'func_type' needs the
# PyCF_ONLY_AST flag.
ns = {}
exec(compile(b"# -*- coding: latin-1 -*-\nword = 'caf\xe9'\n", "latin", "exec"), ns)
print(ascii(ns["word"]), len(ns["word"]))

exec(b"#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nsign = '\x80'\n", ns)
print(ascii(ns["sign"]))

exec(b"first = 1\n# coding: latin-1\nsecond = '\xc3\xa9'\n", ns)
print(ascii(ns["second"]))

code = compile("# -*- coding: nonsense -*-\nok = 'str source'\n", "strsrc", "exec")
exec(code, ns)
print(ns["ok"])

for src in (b"# coding: nonsense\nx = 1\n", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
            b"\xef\xbb\xbf# coding: utf-8\ny = 2\n"):
    try:
        exec(compile(src, "bytesrc", "exec"), ns)
        print("compiled, y =", ns.get("y"))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "|", e.filename, e.lineno, e.offset, e.text)

for mode in ("func_type", "bogus"):
    try:
        compile("x = 1", "m", mode)
    except ValueError as e:
        print("ValueError:", e)

# generate_tokens on str source: every token kind, indentation, comments, continuation lines.
import io
import tokenize

SOURCES = [
    "x = 1\n",
    "x = 1",
    "def f(a, b=2):\n    return a + b  # comment\n\n# only a comment\nprint(f(1))\n",
    "if x:\n    if y:\n        pass\n    else:\n        pass\nz = (1,\n     2)\n",
    "s = '''multi\nline''' + \"x\" + r'\\d' + b'q' + f'{a!r}' + rb\"z\"\n",
    "x = 'cont\\\ninued'\ny = 1 + \\\n    2\n",
    "n = [0x1F, 0b10, 0o7, 1_000, 1.5e-3, .5, 5., 3j, 1e10J, 0]\n",
    "a @= b; c //= d; e ->f; g := h; ...\n",
    "café = 'é'\n",
    "class A:\n    def m(self):\n        pass\n# trailing comment",
    "\n\n  \n",
    "",
    "x = (\n  # inside\n  1,\n)\n",
    "async def f():\n    await x\n",
    "x = 1\r\ny = 2\r\n",
    "x = $\n",
]
for source in SOURCES:
    print(repr(source))
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        print('   ', tok)

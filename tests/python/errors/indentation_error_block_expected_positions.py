# "expected an indented block" where the next token is a dedent: CPython's DEDENT has no column, so
# the error sits where its tokenizer stood (after the dedenting line's indentation, or at the end
# of the last line read when the input ends inside the block), with no end offset.
sources = [
    "class A:\n    def f(self):\n",
    "if x:\n    def f():\ny = 1\n",
    "if x:\n    def f():\n\n\n",
    "class A:\n    def f(self):\n# c\n",
    "class A:\n    if x:\n        def f():\n    y = 1\n",
    "def f():\n    if x:\n",
    "class A:\n  if x:\n    for i in y:\n\n  z = 1\n",
    "while True:\n    with open('f') as f:\n  pass\n",
    "try:\n    pass\nexcept ValueError:\n",
    "def g():\n    x = 1\n    class B:\n",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
        print("   ", e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# from __future__ imports may only lead a module (after its docstring) and must name a known
# feature; anything else is a SyntaxError at the import's line, raised when compiling.
sources = [
    "from __future__ import annotations\nx: int = 1\n",
    '"""doc"""\nfrom __future__ import division, print_function\nfrom __future__ import generator_stop\n',
    "from __future__ import not_a_feature\n",
    "from __future__ import braces\n",
    "import os\nfrom __future__ import annotations\n",
    '"""doc"""\nx = 1\nfrom __future__ import division\n',
    "def f():\n    from __future__ import annotations\n",
    "from __future__ import (nested_scopes,\n    with_statement)\nprint('ok')\n",
]
for src in sources:
    try:
        compile(src, "mod.py", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "| line", e.lineno, "offset", e.offset)

try:
    exec("value = 3\nfrom __future__ import annotations\n")
except SyntaxError as e:
    print("exec:", e)

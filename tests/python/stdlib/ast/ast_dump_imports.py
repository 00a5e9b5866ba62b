# import and from-import forms, with positions of the aliases.
import ast

for source in [
    "import os", "import os.path as p, sys", "from . import x", "from ..pkg.mod import (a as b, c)",
    "from m import *", "from .m import y",
]:
    tree = ast.parse(source)
    print(ast.dump(tree, include_attributes=True))

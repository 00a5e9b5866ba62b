# Messages of the import system for a submodule of a plain module, a name asked
# of a module still running its body (a circular import), __import__ with a
# negative level, reload() of a non-module; importlib.util after "import importlib".
import importlib
import os
import sys

import support.greetings


def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", result)
    except Exception as e:
        message = str(e).replace(os.path.dirname(os.path.abspath(__file__)), "<here>")
        print(label, "!!", type(e).__name__, message, "| name:", getattr(e, "name", None))


attempt("submodule of a module", lambda: importlib.import_module("support.greetings.deeper"))
attempt("import statement", lambda: exec("import support.greetings.deeper"))
attempt("missing top", lambda: importlib.import_module("no_such_module_here"))
attempt("missing sub of package", lambda: importlib.import_module("support.not_there"))
attempt("circular from-import", lambda: exec("import support.circular_from_first"))
print(sorted(name for name in sys.modules if name.startswith("support.circular_from")))
attempt("level -1", lambda: __import__("support", level=-1))
attempt("reload int", lambda: importlib.reload(5))
attempt("reload unregistered", lambda: importlib.reload(type(sys)("loose")))
attempt("reload module", lambda: importlib.reload(support.greetings).__name__)
attempt("util without import", lambda: importlib.util.find_spec("support.greetings").name)
attempt("util find missing", lambda: importlib.util.find_spec("no_such_module_here"))

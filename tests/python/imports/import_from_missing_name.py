"""`from module import missing`: ImportError names the module and its file, in the message and in .name/.path."""
import os

try:
    from support.greetings import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name)
    print(os.path.relpath(e.path, os.path.dirname(os.path.abspath(__file__))))
    print(str(e).startswith("cannot import name 'no_such_name' from 'support.greetings' ("))
    print(str(e).endswith("greetings.py)"))

try:
    from support import no_such_submodule
except ImportError as e:
    print(type(e).__name__, e.name, os.path.basename(e.path))

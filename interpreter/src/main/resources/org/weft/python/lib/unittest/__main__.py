"""`python -m unittest [options] [tests]`: runs the named tests, or discovers them (see main)."""

import sys

if sys.argv[0].endswith("__main__.py"):
    import os.path
    # The usage line names the command, as CPython's does ("python3 -m unittest").
    sys.argv[0] = os.path.basename(sys.executable or "python") + " -m unittest"
    del os

__unittest = True

from .main import main

main(module=None)

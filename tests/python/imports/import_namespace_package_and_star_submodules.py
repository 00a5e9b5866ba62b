# A folder without __init__.py imports as a namespace package (PEP 420), and
# "from package import *" imports the submodules its __all__ lists.
import os
import sys
import types

import support.nsparts as ns
print(type(ns).__name__, ns.__name__, ns.__package__, ns.__file__)
print([os.path.basename(p) for p in ns.__path__])
from support.nsparts import piece
print(piece.WORD, piece.__name__, piece.__package__)
print(ns.piece is piece, "support.nsparts" in sys.modules)

try:
    import support.nsparts.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

from support.starpkg import *
print(alpha.NAME, beta.NAME, TOP)
print("gamma" in dir(), "support.starpkg.gamma" in sys.modules)
print(sorted(k for k in vars(sys.modules["support.starpkg"]) if not k.startswith("__")))

# __all__ and __dict__ keys must be strings, and every listed name must exist
fake = types.ModuleType("fake_star_module")
sys.modules["fake_star_module"] = fake
fake.ok = 1
for all_value in (["ok", 7], ["ok", "absent"]):
    fake.__all__ = all_value
    try:
        from fake_star_module import *
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
del fake.__all__
fake.__dict__[3] = "three"
try:
    from fake_star_module import *
except TypeError as e:
    print(type(e).__name__, e)

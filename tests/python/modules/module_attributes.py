import math, sys
print(__name__, math.__name__, type(__builtins__).__name__ in ("module", "dict"))
print(__file__.endswith("module_attributes.py"), __doc__)
print(sorted(k for k in ("__name__", "__doc__", "__spec__", "__loader__", "__package__") if k in globals()))
print(hasattr(sys.modules[__name__], "math"))

"""IPython compatibility for notebooks run by the Weft kernel.

Weft is not IPython: this package holds the parts of IPython's public API that notebook code
uses (``get_ipython``, ``IPython.display``, ``IPython.core.error``), implemented for Weft.
"""

from IPython.core.getipython import get_ipython
from IPython.core.display_functions import display

version_info = (8, 5, 0, "")
__version__ = "8.5.0"

__all__ = ["get_ipython", "display"]

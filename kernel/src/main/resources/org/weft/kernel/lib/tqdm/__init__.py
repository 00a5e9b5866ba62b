"""A tqdm-compatible progress bar for the Weft kernel.

``tqdm(iterable)``, ``trange(n)``, ``tqdm.notebook`` and ``tqdm.auto`` as in the tqdm package;
each bar is one display in the cell (text and HTML), redrawn with ``update_display_data``.
Bars are thread-safe, and a bar made in a thread shows in the cell that started the thread,
so several threads running their own bars show one bar each.
"""

from tqdm.std import tqdm, trange, TqdmWarning

__version__ = "4.64.1"
__all__ = ["tqdm", "trange", "TqdmWarning", "__version__"]

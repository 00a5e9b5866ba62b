"""tqdm.autonotebook: the same as tqdm.auto."""

from tqdm.notebook import tqdm, trange

__all__ = ["tqdm", "trange"]

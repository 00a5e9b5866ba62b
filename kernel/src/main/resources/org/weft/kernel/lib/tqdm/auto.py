"""tqdm.auto: picks the notebook bar, which in this kernel is tqdm.std's."""

from tqdm.notebook import tqdm, trange

__all__ = ["tqdm", "trange"]

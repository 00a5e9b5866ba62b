"""tqdm.notebook: the kernel's bars already draw as rich displays, so these are tqdm.std's."""

from tqdm.std import tqdm, trange

tqdm_notebook = tqdm
tnrange = trange
__all__ = ["tqdm_notebook", "tnrange", "tqdm", "trange"]

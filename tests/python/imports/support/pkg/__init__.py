from .helpers import helper
from . import sub
INIT_VALUE = "pkg init ran"
__all__ = ["helper", "INIT_VALUE"]

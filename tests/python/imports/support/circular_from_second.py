from support.circular_from_first import READY

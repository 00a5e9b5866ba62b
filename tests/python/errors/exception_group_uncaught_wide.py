"""A group of 17 shows 15 sub-exceptions and "and 2 more exceptions", after its cause."""
try:
    raise ValueError("cause")
except ValueError as c:
    raise ExceptionGroup("many", [OSError(i) for i in range(17)]) from c

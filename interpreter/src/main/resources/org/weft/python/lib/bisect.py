"""Bisection algorithms. Weft's own implementation.

The four functions are Java (_bisect), as they are C in CPython; bisect and insort are the
conventional aliases of the _right variants.
"""

from _bisect import bisect_right, bisect_left, insort_right, insort_left

bisect = bisect_right
insort = insort_right

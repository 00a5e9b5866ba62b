"""A cycle through a closure cell: CPython frees it only at gc.collect()."""
import gc


class Widget:
    def __init__(self):
        self.callback = lambda: self

    def __del__(self):
        print("widget freed")


gc.collect()
w = Widget()
del w
print("after del")
print("collected", gc.collect() > 0)
print("done")

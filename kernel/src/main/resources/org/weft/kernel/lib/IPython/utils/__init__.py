"""IPython.utils: the utilities notebook code imports (``IPython.utils.capture``)."""

"""IPython.lib: the pretty printer the notebook's text/plain output uses."""

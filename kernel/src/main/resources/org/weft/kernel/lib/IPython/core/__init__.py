"""IPython.core: the shell's pieces that notebook code imports."""

"""get_ipython(): the running shell, or None outside a kernel."""


def get_ipython():
    """The running shell (Weft's kernel shell), or None when no kernel runs."""
    import _weft_shell
    return _weft_shell.get_ipython()

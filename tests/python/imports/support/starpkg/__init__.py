"""A package whose __all__ names submodules that nothing has imported yet."""
__all__ = ["alpha", "beta", "TOP"]
TOP = "top-level value"

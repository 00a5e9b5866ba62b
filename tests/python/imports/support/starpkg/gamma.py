NAME = "gamma (not in __all__)"

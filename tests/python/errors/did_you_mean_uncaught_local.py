"""An uncaught NameError in a function suggests its own local names first, then globals, then builtins."""
total_count = 0


def average(values):
    total = sum(values)
    count = len(values)
    return totl / count


print(average([1, 2, 3]))

def count_paths(n):
    # forgot the base case for n < 0
    if n == 0:
        return 1
    return count_paths(n - 1) + count_paths(n - 2)
print(count_paths(0))
print(count_paths(1))

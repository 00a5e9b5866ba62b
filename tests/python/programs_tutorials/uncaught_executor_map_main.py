# An exception from executor.map escapes the with block; earlier results were already printed.
from concurrent.futures import ThreadPoolExecutor

def lookup(key):
    table = {"a": 1, "b": 2}
    return table[key]

with ThreadPoolExecutor(2) as ex:
    for value in ex.map(lookup, ["a", "b", "c", "a"]):
        print("value", value)

# An uncaught error in a nested call; the last line is what golden tests compare.
def parse(record):
    key, value = record.split("=")
    return {key: int(value)}


def load(lines):
    return [parse(line) for line in lines]


print(load(["a=1", "b=2"]))
load(["a=1", "b=x"])

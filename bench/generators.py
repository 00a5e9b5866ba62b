"""Generator-heavy workload: pipelines of generators, generator expressions, yield from, send."""
import sys


def integers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(source):
    for x in source:
        yield x * x


def only_odd(source):
    for x in source:
        if x & 1:
            yield x


def chunked(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(tree):
    if isinstance(tree, list):
        for sub in tree:
            yield from flatten(sub)
    else:
        yield tree


def build_tree(depth, start=0):
    if depth == 0:
        return start
    return [build_tree(depth - 1, start * 3 + k) for k in range(3)]


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def main(n):
    checksum = 0
    for chunk in chunked(only_odd(squares(integers(n))), 64):
        checksum = (checksum + sum(chunk)) % 1000000007
    gexp = sum(x % 7 for x in (y * 3 for y in range(n)) if x % 2 == 0)
    tree = build_tree(9)
    flat_total = 0
    for _ in range(3):
        flat_total += sum(flatten(tree))
    avg = running_average()
    next(avg)
    last = 0.0
    for v in integers(n // 2):
        last = avg.send(v % 100)
    print("pipeline %d, genexpr %d, tree %d, average %.6f" % (checksum, gexp, flat_total, last))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7000000)

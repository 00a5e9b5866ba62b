# itertools called wrongly, as CPython's C implementations word it: positional-only ones check
# their count ("cycle expected 1 argument, got 0"), clinic ones name the missing argument,
# repeat/combinations convert counts first, islice names its stop argument, starmap's items must
# be iterable.
import itertools

calls = [
    "itertools.cycle()", "itertools.cycle([1], [2])", "itertools.cycle(iterable=[1])", "itertools.dropwhile(bool)",
    "itertools.takewhile()", "itertools.filterfalse(None)", "itertools.starmap(pow)", "itertools.pairwise()",
    "itertools.tee()", "itertools.islice()", "itertools.islice([1])", "itertools.islice([1], 'x')",
    "itertools.islice([1], 1, 'b')", "itertools.islice([1], 'a', 2)", "itertools.islice([1], -1)",
    "itertools.islice([1], 1, -1)", "itertools.islice([1], 1, -5)", "itertools.islice([1], 0, 2, 0)",
    "itertools.repeat()", "itertools.repeat(1, 'x')", "itertools.repeat(1, None)", "itertools.repeat(1, 2 ** 70)",
    "itertools.accumulate()", "itertools.combinations([1, 2])", "itertools.combinations(5, 'r')",
    "itertools.combinations_with_replacement('ab')", "itertools.compress([1])", "itertools.permutations()",
    "itertools.permutations('ab', 2 ** 70)", "itertools.groupby()", "list(itertools.starmap(pow, [1]))",
    "list(itertools.starmap(pow, [(2, 3), [2, 4]]))", "list(itertools.islice('abcdef', 1, None, 2))",
    "list(itertools.repeat('x', times=2))", "list(itertools.combinations('abc', r=2))",
]
for c in calls:
    try:
        r = eval(c)
        print(c, "->", r if isinstance(r, (list, tuple)) else "ok")
    except (TypeError, ValueError, OverflowError) as e:
        print(c, "->", type(e).__name__, e)

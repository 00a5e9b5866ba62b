# itertools constructors check their arguments in CPython's order and with its messages.
import itertools as it
cases = ["it.repeat()", "it.repeat(1, 2, 3)", "it.repeat(1, times='a')", "it.repeat(object=1, times=2)", "it.count(1, 2, 3)", "it.count(start='a')", "it.cycle()", "it.cycle(1)",
"it.islice()", "it.islice([1])", "it.islice([1], 'a')", "it.islice([1], 1, 2, 3, 4)", "it.chain(1)", "it.chain.from_iterable()", "it.compress()", "it.compress([1])",
"it.accumulate()", "it.accumulate(1)", "it.groupby()", "it.groupby(1)", "it.starmap(pow)", "it.starmap(pow, [1])", "it.takewhile(None)", "it.dropwhile(bool, 1)",
"it.filterfalse()", "it.zip_longest(1)", "it.zip_longest([1], fill=1)", "it.product(1)", "it.product([1], rep=2)", "it.permutations()", "it.permutations([1], 'a')",
"it.combinations([1])", "it.combinations([1], 'x')", "it.combinations_with_replacement([1])", "it.tee(1)", "it.tee([1], -1)", "it.pairwise()", "it.pairwise(1)", "it.accumulate([1], func=1)",
"it.count(1j)", "it.islice([1], -5, None)", "it.islice([1], 1, -1)", "it.repeat(1, times=-1)"]
for c in cases:
    try:
        r = eval(c)
        try:
            print(c, list(it.islice(r, 3)) if not isinstance(r, tuple) else len(r))
        except TypeError as e:
            print(c, "iter->", type(e).__name__, e)
    except (TypeError, ValueError) as e:
        print(c, "->", type(e).__name__, e)

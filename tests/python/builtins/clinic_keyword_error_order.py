# Argument Clinic reports a missing argument before one given twice, and both before an unknown keyword;
# a required positional-only parameter cannot be given by keyword.
import itertools as it
for c in ["round(x=1)", "round(1, number=2)", "sum(x=1)", "pow(2, x=3)", "it.compress(x=1)", "it.compress([1], data=[2])", "it.compress([1], data=[2], x=3)", "it.count(x=1)", "it.count(1, start=2)", "open(x=1)", "it.groupby(key=1)", "it.combinations(r=1)"]:
    try:
        eval(c)
        print(c, "ok")
    except TypeError as e:
        print(c, "->", e)

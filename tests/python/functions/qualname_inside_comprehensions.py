# __qualname__ of functions, lambdas, classes and generators made inside
# comprehensions: a comprehension adds its own name but no '<locals>' step.
def make():
    lambdas = [lambda: i for i in range(1)]
    nested = [[lambda: j for j in range(1)] for _ in range(1)]
    gens = [(x for x in "a") for _ in range(1)]
    in_genexpr = next(lambda: k for k in range(1))
    in_dict = {n: (lambda: n) for n in range(1)}
    in_set = {(lambda: 0).__qualname__ for _ in range(1)}
    classes = [type("Made", (), {}) for _ in range(1)]

    def in_lambda():
        return (lambda: [lambda: 0 for _ in range(1)])()[0]

    return [lambdas[0].__qualname__, nested[0][0].__qualname__, gens[0].__qualname__,
            in_genexpr.__qualname__, in_dict[0].__qualname__, in_set.pop(),
            classes[0].__qualname__, in_lambda().__qualname__]


for q in make():
    print(q)

top = [lambda: 0 for _ in range(1)][0]
print(top.__qualname__)


class Holder:
    items = [lambda: 0 for _ in range(1)]


print(Holder.items[0].__qualname__)

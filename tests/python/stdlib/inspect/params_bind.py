import functools
import inspect
from inspect import Parameter, Signature


def f(a, /, b, c=3, *rest, d, e=5, **opts):
    pass


sig = inspect.signature(f)
print(sig)
print([(p.name, str(p.kind), p.kind.description) for p in sig.parameters.values()])
print(list(sig.parameters))
for call in [((1, 2), {'d': 4}), ((1, 2, 3, 4, 5), {'d': 0, 'x': 9}), ((1,), {'b': 2, 'd': 4}),
             ((), {'a': 1, 'b': 2, 'd': 4}), ((1, 2), {}), ((1, 2), {'d': 1, 'b': 3})]:
    args, kwargs = call
    try:
        ba = sig.bind(*args, **kwargs)
        print('bound', ba.arguments, ba.args, ba.kwargs)
        ba.apply_defaults()
        print('  defaults', ba)
    except TypeError as e:
        print('TypeError:', e)
print(sig.bind_partial(1))
params = [Parameter('x', Parameter.POSITIONAL_ONLY), Parameter('y', Parameter.POSITIONAL_OR_KEYWORD, default=1.5),
          Parameter('z', Parameter.KEYWORD_ONLY, annotation=int)]
s2 = Signature(params, return_annotation=str)
print(s2, repr(s2.parameters['z']), s2.return_annotation)
print(s2.replace(return_annotation=Signature.empty))
print(params[1].replace(name='w', default=None))
for bad in ([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_OR_KEYWORD)],
            [Parameter('a', Parameter.POSITIONAL_OR_KEYWORD, default=1), Parameter('b', Parameter.POSITIONAL_OR_KEYWORD)],
            [Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('a', Parameter.KEYWORD_ONLY)]):
    try:
        Signature(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    Parameter('1x', Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print('ValueError:', e)
try:
    Parameter('v', Parameter.VAR_POSITIONAL, default=1)
except ValueError as e:
    print('ValueError:', e)
print(inspect.signature(functools.partial(f, 1, 2, e=0)))
print(Parameter.empty is Signature.empty, sig == inspect.signature(f))
print(inspect.getcallargs(lambda p, q=2: 0, 1))


class Callable:
    def __call__(self, n, *, k=0):
        pass


print(inspect.signature(Callable()))
try:
    inspect.signature(5)
except TypeError as e:
    print('TypeError:', e)

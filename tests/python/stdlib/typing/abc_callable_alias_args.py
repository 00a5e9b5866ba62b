# collections.abc.Callable[[int], str] flattens its argument list into __args__ as CPython's
# _CallableGenericAlias does; typing.get_args nests it back, except around a ParamSpec.
import collections.abc as abc, typing
for t in [abc.Callable[[int], str], abc.Callable[[int, str], None], abc.Callable[..., int], abc.Callable[[], int], typing.Callable[[int], str]]:
    print(repr(t), t.__args__, typing.get_args(t), type(t).__name__, t.__origin__)
for bad in ["int", (int,), (int, str, float)]:
    try:
        abc.Callable[bad]
    except TypeError as e:
        print(type(e).__name__, e)
P = typing.ParamSpec("P")
print(abc.Callable[P, int], abc.Callable[P, int].__args__, typing.get_args(abc.Callable[P, int]), abc.Callable[[typing.List[int], "Fwd"], None])
print(abc.Callable[[int], str] == abc.Callable[[int], str], hash(abc.Callable[[int], str]) == hash(abc.Callable[[int], str]), isinstance(len, abc.Callable))
def f(x: abc.Callable[[int], str]) -> abc.Callable[..., None]: pass
print(f.__annotations__, typing.get_type_hints(f))

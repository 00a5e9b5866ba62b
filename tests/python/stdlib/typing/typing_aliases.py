import typing
from typing import (Any, Union, Optional, List, Dict, Tuple, Set, FrozenSet, Type,
                    Callable, Iterable, Iterator, Generator, Sequence, MutableSequence,
                    Mapping, MutableMapping, Awaitable, Coroutine, AsyncIterator,
                    Literal, Final, ClassVar, Annotated, NoReturn, Never, Self,
                    AnyStr, Text, Deque, DefaultDict, Counter, TypeVar)

T = TypeVar('T')
print(List, List[int], Dict[str, List[int]], Set[int], FrozenSet[str], Type[int])
print(Optional[int], Union[int, str], Union[int, str, None], Union[int], Optional[Union[int, str]])
print(Union[int, Union[str, float]], Union[int, int, str])
print(Callable[[int], str], Callable[..., str], Callable[[], None], Callable)
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Tuple)
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int], MutableSequence[int])
print(Mapping[str, int], MutableMapping[str, int], Awaitable[int], Coroutine[Any, Any, int], AsyncIterator[int])
print(Literal[1, 'a', True], Final[int], ClassVar[List[int]], Annotated[int, 'meta', 2])
print(Any, NoReturn, Never, Self, AnyStr, Text, T)
print(Deque[int], DefaultDict[str, int], Counter[str])
print(List[T], Dict[str, T][int], List['Foo'])
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int])
print(Optional[int] == Union[int, None], Literal[1, 2] == Literal[2, 1])
print(hash(List[int]) == hash(List[int]))
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance(3, Iterable))
try:
    isinstance([], List[int])
except TypeError as e:
    print(e)
try:
    List[int, str]
except TypeError as e:
    print(e)
try:
    Union[()]
except TypeError as e:
    print(e)
try:
    List[int]()
except TypeError as e:
    print(e)
print(typing.Deque[int]([1]), List.__origin__, List[int].__args__)
print(int | str, Optional[list[int]])
print(Union[int, str] | None)

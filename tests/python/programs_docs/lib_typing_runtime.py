# typing at run time: get_type_hints, NamedTuple, TypedDict, runtime_checkable Protocol, get_origin/get_args, cast, NewType.
from typing import (NamedTuple, TypedDict, Protocol, runtime_checkable, get_type_hints, get_origin, get_args,
                    Optional, Union, List, Dict, Callable, Annotated, Literal, NewType, cast, TypeVar, Generic,
                    Any, Final, ClassVar, NotRequired, Required, assert_never, overload, no_type_check, Sequence)
import collections.abc

class Employee(NamedTuple):
    """Represents an employee."""
    name: str
    id: int = 3
    def __repr__(self) -> str:
        return f'<Employee {self.name}, id={self.id}>'
e = Employee('Guido')
print(e, e.id, Employee._fields, Employee._field_defaults, Employee.__annotations__, Employee.__doc__)
Emp2 = NamedTuple('Emp2', [('name', str), ('id', int)])
print(Emp2('x', 1), isinstance(e, tuple))

class Point2D(TypedDict, total=False):
    x: int
    y: int
    label: str
a: Point2D = {'x': 1, 'y': 2, 'label': 'good'}
print(a, type(a).__name__, Point2D.__total__, sorted(Point2D.__optional_keys__), sorted(Point2D.__required_keys__))
class Movie(TypedDict):
    title: Required[str]
    year: NotRequired[int]
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie(title='x'))
Point3 = TypedDict('Point3', {'x': int, 'y': int})
print(Point3(x=1, y=2), get_type_hints(Point3))

@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class Resource:
    def close(self):
        pass
print(isinstance(open.__class__, Closable), isinstance(Resource(), Closable), isinstance(3, Closable))
class SupportsName(Protocol):
    name: str
try:
    isinstance(Resource(), SupportsName)
except TypeError as e:
    print('TypeError:', e)

T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
print(Box[int](3).get(), Box[int], Box.__parameters__, get_origin(Box[int]) is Box, get_args(Box[str]))

def greeting(name: 'str', age: Optional[int] = None, *args: int, cb: Callable[[int], str] = str, **kw: Any) -> 'str':
    return 'Hello ' + name
print(get_type_hints(greeting))
print(greeting.__annotations__['age'], repr(Union[int, str]), Optional[int] == Union[int, None])
print(get_origin(Literal[42]), get_args(Literal[42, 'a']), get_origin(int), get_args(int), get_origin(list[int]), get_args(Dict[str, int]))
print(get_origin(Union[int, str]), get_args(Callable[[int, str], bool]), get_origin(Callable[..., int]) is collections.abc.Callable)
class Temp:
    x: Annotated[float, 'celsius']
    y: ClassVar[int] = 3
    z: Final = 5
print(get_type_hints(Temp), get_type_hints(Temp, include_extras=True)['x'], get_args(Annotated[float, 'c', 1]))
UserId = NewType('UserId', int)
some_id = UserId(524313)
print(some_id, type(some_id).__name__, UserId.__name__, UserId, repr(UserId))
print(cast(List[int], 'not a list'), cast('int', 3))
print(List[int], Dict[str, List[int]], Union[int, Union[str, int]], Optional[Union[int, str]], int | None)
print(Sequence[int], Callable[[int], str], Callable[..., None], Literal['a'], Any)
def handle(x: int | str) -> str:
    match x:
        case int():
            return 'int'
        case str():
            return 'str'
        case _:
            assert_never(x)
print(handle(1), handle('a'))
try:
    assert_never(3.5)
except AssertionError as e:
    print('AssertionError:', e)
@no_type_check
def untyped(a: 'not a type') -> 'nor this':
    return a
print(get_type_hints(untyped), untyped.__no_type_check__)

from typing import TypeVar, Generic, List, Dict, Optional


T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)

print(T, N, B, Co, Contra, T.__name__, N.__constraints__, B.__bound__, Co.__covariant__)


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, type(s).__name__)
print(Stack[int], Stack[str], Stack.__parameters__, Stack[int].__origin__ is Stack)
print(Stack[int].__args__, Stack.__orig_bases__, Stack.__mro__)
print(s.__orig_class__ if hasattr(s, '__orig_class__') else None)


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


print(Pair[str, int], Pair.__parameters__, Pair('a', 1).v)
try:
    Pair[int]
except TypeError as e:
    print(e)


class IntStack(Stack[int]):
    pass


print(IntStack.__parameters__, IntStack.__mro__, IntStack.__orig_bases__)
try:
    Generic[int]
except TypeError as e:
    print(e)
try:
    class Plain(Generic):
        pass
except TypeError as e:
    print(e)
print(Dict[K, V][str, int], Optional[T][int], List[Dict[K, V]][str, float])

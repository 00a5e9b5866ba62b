import abc
class Drawable(abc.ABC):
    @abc.abstractmethod
    def draw(self): ...
@Drawable.register
class Circle:
    def draw(self): return 'circle'
class Square:
    pass
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), issubclass(Square, Drawable))
print(Drawable.register(Square) is Square, issubclass(Square, Drawable), Drawable not in Circle.__mro__)
class BigCircle(Circle):
    pass
print(issubclass(BigCircle, Drawable), isinstance(BigCircle(), Drawable))
try:
    Drawable.register(3)
except TypeError as e:
    print('TypeError:', e)
class Other(abc.ABC):
    pass
print(issubclass(Circle, Other), issubclass(bool, Other))
Other.register(int)
print(issubclass(bool, Other), isinstance(True, Other), isinstance('s', Other))
print(abc.get_cache_token() is not None, type(Other) is abc.ABCMeta)

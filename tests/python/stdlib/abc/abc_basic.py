from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
for cls in [Shape]:
    try: cls()
    except TypeError as e: print(e)
class Sq(Shape):
    def area(self): return 4
try: Sq()
except TypeError as e: print(e)
class Full(Sq):
    def name(self): return 'sq'
print(Full().area(), Full().name(), isinstance(Full(), Shape), sorted(Shape.__abstractmethods__))
class Virtual: pass
Shape.register(Virtual)
print(issubclass(Virtual, Shape), isinstance(Virtual(), Shape), issubclass(int, Shape), type(Shape) is ABCMeta)

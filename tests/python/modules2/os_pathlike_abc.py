# os.PathLike is an abstract base class: anything with __fspath__ is an instance
import os
import pathlib
class P:
    def __fspath__(self):
        return 'p'
class NotP:
    __fspath__ = None
print(isinstance(pathlib.Path('x'), os.PathLike), isinstance(pathlib.PurePosixPath('x'), os.PathLike),
      isinstance(pathlib.PureWindowsPath('x'), os.PathLike))
print(isinstance(P(), os.PathLike), issubclass(P, os.PathLike), isinstance(NotP(), os.PathLike), isinstance('x', os.PathLike))
print(type(os.PathLike).__name__, os.PathLike.__module__, os.PathLike.__name__, os.PathLike[str])
try:
    os.PathLike()
except TypeError as e:
    print('TypeError:', e)
class Sub(os.PathLike):
    def __fspath__(self):
        return 'sub'
print(os.fspath(Sub()), isinstance(Sub(), os.PathLike))
with os.scandir('.') as it:
    for entry in it:
        print(isinstance(entry, os.PathLike))
        break

# type.__doc__ is type's own doc string, although type.__dict__['__doc__'] is the getset that
# serves every class's __doc__; a metaclass without a docstring has None.
print(type.__doc__)
print(type(type.__dict__["__doc__"]).__name__)
print(type(int).__doc__ == type.__doc__)


class Meta(type):
    pass


class DocMeta(type):
    "a documented metaclass"


class Plain(metaclass=DocMeta):
    "a class doc"


print(Meta.__doc__, DocMeta.__doc__, Plain.__doc__)
print(int.__doc__.splitlines()[0], object.__doc__.splitlines()[0])

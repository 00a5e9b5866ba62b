import inspect


class Base:
    def run(self):
        """Run the thing.

        Longer explanation,
          indented more.
        """


class Child(Base):
    def run(self):
        pass


def nodoc():
    pass


print(repr(inspect.getdoc(Base.run)))
print(repr(inspect.getdoc(Child.run)))
print(repr(inspect.getdoc(Child().run)))
print(repr(inspect.getdoc(nodoc)))
print(repr(inspect.cleandoc('\n\n    First\n      second\n    third\n\n')))
print(repr(inspect.cleandoc('single')))
print(repr(inspect.getdoc(Child)))
print(inspect.getdoc(len).splitlines()[0])
print(inspect.getmodule(Base).__name__, inspect.getmodule(inspect.getdoc).__name__)
print(inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('x.txt'))

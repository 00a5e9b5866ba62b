class Outer:
    class Inner:
        value = 1
        class Deepest:
            pass
    def make(self):
        return self.Inner()
print(Outer.Inner.value, Outer().make().value)
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, factory() is factory())

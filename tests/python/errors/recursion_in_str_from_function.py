# str() is a level of recursion depth of its own (CPython's PyObject_Str).
class Label:
    def __str__(self):
        return "label: " + str(self)


def show():
    print(Label())


show()

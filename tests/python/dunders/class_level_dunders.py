class Meta(type):
    def __len__(cls): return 42
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
    def __iter__(cls): return iter([1, 2, 3])
    def __repr__(cls): return f"<class {cls.__name__} via Meta>"
class C(metaclass=Meta): pass
print(len(C), C["x"], list(C), C, repr(C))
c = C()
c.__len__ = lambda: 5
try:
    len(c)
except TypeError as e:
    print(e)

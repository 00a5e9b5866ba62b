# Edge cases of function method attributes, each printed as label -> result or label !! error.
import functools
def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
def f(x):
    "doc of f"
    return x
sm = staticmethod(f)
cm = classmethod(f)
t("staticmethod attrs", lambda: (sm.__name__, sm.__doc__, sm.__qualname__, sm.__wrapped__ is f, sm.__func__ is f))
t("classmethod attrs", lambda: (cm.__name__, cm.__doc__, cm.__wrapped__ is f, cm.__isabstractmethod__))
t("staticmethod callable", lambda: sm(5))
t("classmethod callable", lambda: cm(5))
t("staticmethod dict", lambda: (setattr(sm, "extra", 1), sm.extra, sorted(sm.__dict__))[1:])
t("property attrs", lambda: (property(f).__doc__, property(f).fget is f, property(f, doc="D").__doc__))
t("property getter copy", lambda: (lambda p: (p.getter(lambda s: 2) is p, p.setter(lambda s, v: 0).fset is not None))(property(f)))
t("property name", lambda: property(f).__name__ if hasattr(property, "__name__") else "no __name__")
t("property set_name", lambda: hasattr(property, "__set_name__"))
class A:
    @classmethod
    @property
    def cp(cls):
        return f"class prop of {cls.__name__}"
    @property
    def p(self):
        "p doc"
        return 1
    @staticmethod
    def s():
        return "s"
    @functools.cached_property
    def c(self):
        return [1]
t("classmethod property", lambda: A.cp)
t("instance classmethod property", lambda: A().cp)
t("property on class", lambda: (type(A.p).__name__, A.p.__doc__))
t("staticmethod via class and instance", lambda: (A.s(), A().s(), A.__dict__["s"].__func__ is A.s))
t("property delete no deleter", lambda: delattr(A(), "p"))
t("property set no setter", lambda: setattr(A(), "p", 2))
t("cached_property set", lambda: (lambda a: (setattr(a, "c", 5), a.c)[1])(A()))
t("cached_property del before compute", lambda: delattr(A(), "c"))
t("bound method eq", lambda: (A().s == A().s, A.cp == A.cp))
class B:
    def m(self): pass
b = B()
t("bound method identity", lambda: (b.m is b.m, b.m == b.m, hash(b.m) == hash(b.m)))
t("bound method attrs", lambda: (b.m.__self__ is b, b.m.__func__ is B.m, b.m.__name__, b.m.__qualname__, b.m.__doc__))
t("bound method set attr", lambda: setattr(b.m, "x", 1))
t("function attrs set", lambda: (setattr(f, "x", 1), f.x, b.m.__func__.__dict__)[1:])
t("bound method get func attr", lambda: (setattr(B.m, "tag", "T"), b.m.tag)[1])
t("function __defaults__ set", lambda: (lambda g: (setattr(g, "__defaults__", (9,)), g())[1])(lambda a=1: a))
t("function __defaults__ bad", lambda: setattr(f, "__defaults__", 5))
t("function __name__ bad", lambda: setattr(f, "__name__", 5))
t("function __kwdefaults__", lambda: (lambda *, k=3: k).__kwdefaults__)
t("function __annotations__ default", lambda: (lambda: 0).__annotations__)
t("function __builtins__", lambda: type(f.__builtins__).__name__)
t("function __type_params__", lambda: hasattr(f, "__type_params__"))
t("method __get__ None", lambda: B.m.__get__(None, B) is B.m)
t("method __get__ obj", lambda: B.m.__get__(b).__self__ is b)
t("classmethod __get__", lambda: cm.__get__(None, B)(1))
t("staticmethod __get__", lambda: sm.__get__(None, B)(2))
t("staticmethod repr", lambda: repr(staticmethod(len)))
t("classmethod of builtin", lambda: classmethod(len).__get__(None, list)())
t("callable checks", lambda: (callable(sm), callable(cm), callable(property(f)), callable(A.p)))
t("abstract propagation", lambda: (staticmethod(functools.wraps(f)(lambda: 0)).__isabstractmethod__))

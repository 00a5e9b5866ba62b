# __subclasses__() of built-in exception types lists the built-in subclasses in CPython's start-up
# order (alphabetical within a level), then classes made later, in the order they were made.
import builtins


class AppError(ArithmeticError):
    pass


class Another(ArithmeticError):
    pass


def builtin_names(cls):
    return [c.__name__ for c in cls.__subclasses__() if getattr(builtins, c.__name__, None) is c]


for cls in [BaseException, ArithmeticError, LookupError, Warning, ConnectionError, UnicodeError, RuntimeError,
            NameError, ImportError, SyntaxError, ValueError]:
    print(cls.__name__, builtin_names(cls))
print([c.__name__ for c in ArithmeticError.__subclasses__()])
print([c.__name__ for c in Exception.__subclasses__()][:20])


def tree(cls, depth=0):
    print("  " * depth + cls.__name__)
    for sub in cls.__subclasses__():
        if getattr(builtins, sub.__name__, None) is sub:
            tree(sub, depth + 1)


tree(BaseException)

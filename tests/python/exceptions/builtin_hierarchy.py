names = ["ZeroDivisionError", "OverflowError", "KeyError", "IndexError", "ValueError", "UnicodeDecodeError",
         "TypeError", "NameError", "UnboundLocalError", "AttributeError", "StopIteration", "RecursionError",
         "NotImplementedError", "FileNotFoundError", "PermissionError", "ModuleNotFoundError", "ImportError",
         "KeyboardInterrupt", "SystemExit", "GeneratorExit", "AssertionError", "LookupError", "ArithmeticError",
         "OSError", "RuntimeError", "Exception", "TimeoutError", "IsADirectoryError", "UnicodeError",
         "IndentationError", "TabError", "SyntaxError", "MemoryError", "EOFError", "StopAsyncIteration",
         "ConnectionResetError", "BrokenPipeError", "FloatingPointError", "ExceptionGroup", "BufferError"]
for n in names:
    cls = eval(n)
    print(n, "->", [c.__name__ for c in cls.__mro__[1:]])
print(IOError is OSError, EnvironmentError is OSError)

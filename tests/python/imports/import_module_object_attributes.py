import support.greetings as g
print(sorted(n for n in dir(g) if not n.startswith("__")))
print(g.__file__.endswith("greetings.py"), g.__doc__, g.__package__)
g.dynamic = "added at runtime"
import support.greetings as g2
print(g2.dynamic)
import support
print(hasattr(support, "greetings"), support.__path__ is not None)

class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls
    def run(self, text):
        raise NotImplementedError

class Upper(Plugin):
    def run(self, text):
        return text.upper()

class Reverse(Plugin, name="rev"):
    def run(self, text):
        return text[::-1]

class Count(Plugin, name="count"):
    def run(self, text):
        return str(len(text))

print(sorted(Plugin.registry))
for key in ["upper", "rev", "count", "missing"]:
    cls = Plugin.registry.get(key)
    print(key, cls().run("hello") if cls else "no plugin")

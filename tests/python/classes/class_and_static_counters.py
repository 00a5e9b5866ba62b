class Widget:
    created = 0
    registry = {}
    def __init__(self, name):
        Widget.created += 1
        self.id = Widget.created
        self.name = name
        type(self).registry[name] = self
    @classmethod
    def count(cls):
        return cls.created
    @staticmethod
    def validate(name):
        return name.isidentifier()
    @classmethod
    def get(cls, name):
        return cls.registry.get(name)
class Button(Widget):
    registry = {}
w1, w2, b1 = Widget("a"), Widget("b"), Button("ok")
print(Widget.count(), Button.count(), b1.id, sorted(Widget.registry), sorted(Button.registry))
print(Widget.validate("ok_name"), Button.validate("1bad"), Widget.get("a").name, Button.get("a"))

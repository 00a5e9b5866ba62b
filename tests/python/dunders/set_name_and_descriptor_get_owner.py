class Field:
    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return f"Field {self.name} of {owner.__name__} (declared in {self.owner_name})"
        return obj.__dict__.get(self.name, f"<unset {self.name}>")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
class Model:
    title = Field()
    count = Field()
class Sub(Model):
    pass
m = Sub()
print(Sub.title)
print(m.title, m.count)
m.title = "set"
print(m.title, vars(m))

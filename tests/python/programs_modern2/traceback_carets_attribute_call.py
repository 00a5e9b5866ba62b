# Uncaught AttributeError on a method chain, with a suggestion.
class Builder:
    def __init__(self):
        self.parts = []

    def add(self, p):
        self.parts.append(p)
        return self

    def build(self):
        return "".join(self.parts)


print(Builder().add("a").add("b").build())
print(Builder().add("a").ad("b").build())

class Text:
    VOWELS = "aeiou"
    @staticmethod
    def count_vowels(s):
        return sum(1 for c in s.lower() if c in Text.VOWELS)
    @staticmethod
    def slug(s):
        cleaned = "".join(c if c.isalnum() else " " for c in s.lower())
        return "-".join(cleaned.split())
    @classmethod
    def describe(cls, s):
        return f"{cls.__name__}: {cls.slug(s)} ({cls.count_vowels(s)} vowels)"

print(Text.count_vowels("Programming Language"))
print(Text.slug("  Hello, World! This is   Weft  "))
print(Text.describe("Quick Brown Fox"))
t = Text()
print(t.slug("A B"), t.describe("X"))
class Shouty(Text):
    @staticmethod
    def slug(s):
        return Text.slug(s).upper()
print(Shouty.describe("make it loud"))

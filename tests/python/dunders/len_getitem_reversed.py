class Word:
    def __init__(self, s): self.s = s
    def __len__(self): return len(self.s)
    def __getitem__(self, i): return self.s[i]
print(list(reversed(Word("abc"))), len(Word("abcd")), list(Word("xy")))
class Rev:
    def __reversed__(self): return iter("custom")
print("".join(reversed(Rev())))
try:
    reversed(object())
except TypeError as e:
    print(e)

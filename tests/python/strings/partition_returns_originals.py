# partition/rpartition give back the separator argument itself when it is found, and the
# receiver itself when it is not (str and bytes, subclasses too); bytearray copies everything.


class Label(str):
    def shout(self):
        return self.upper() + "!"


class Blob(bytes):
    pass


word = Label("key=value")
head, sep, tail = word.partition("#")
print(type(head).__name__, head is word, head.shout())
print([type(p).__name__ for p in word.partition("=")])
eq = Label("=")
parts = "a=b".partition(eq)
print(parts, type(parts[1]).__name__, parts[1] is eq)
parts = "a=b".rpartition("x")
print(parts, parts[2] == "a=b")

data = b"left|right"
for sep in (b"|", bytearray(b"|"), memoryview(b"|")):
    found = data.partition(sep)
    print(found[0], type(found[1]).__name__, found[1] is sep, found[2])
    back = data.rpartition(sep)
    print(type(back[1]).__name__, back[1] is sep)
print(data.partition(b"#")[0] is data, data.rpartition(b"#")[2] is data)
blob = Blob(b"nothing here")
print(type(blob.partition(b"#")[0]).__name__, type(blob.partition(b" ")[0]).__name__)

arr = bytearray(b"left|right")
for sep in (b"|", memoryview(b"|")):
    found = arr.partition(sep)
    print([type(p).__name__ for p in found], found[1] is sep, arr.partition(b"#")[0] is arr)

# an exact bytes repeated once is the same object, a subclass gives a new plain bytes
raw = b"xyz"
print(raw * 1 is raw, 1 * raw is raw, type(Blob(b"q") * 1).__name__)

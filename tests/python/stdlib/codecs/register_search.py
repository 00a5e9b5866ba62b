# A user search function adds a codec; unregister removes it.
import codecs


def rev_encode(text, errors="strict"):
    return text[::-1].encode("ascii", errors), len(text)


def rev_decode(data, errors="strict"):
    return bytes(data).decode("ascii", errors)[::-1], len(data)


def search(name):
    if name == "reverse":
        return codecs.CodecInfo(rev_encode, rev_decode, name="reverse")
    return None


codecs.register(search)
print(codecs.encode("abc", "reverse"), codecs.decode(b"cba", "reverse"), codecs.lookup("reverse").name)
print(codecs.lookup("Reverse").name)
codecs.unregister(search)
try:
    codecs.lookup("reverse")
except LookupError as e:
    print("LookupError", e)
try:
    codecs.register("not callable")
except TypeError as e:
    print("TypeError", e)


class Rot1(codecs.Codec):
    def encode(self, text, errors="strict"):
        return bytes(ord(c) + 1 for c in text), len(text)

    def decode(self, data, errors="strict"):
        return "".join(chr(b - 1) for b in data), len(data)


codecs.register(lambda n: codecs.CodecInfo(Rot1().encode, Rot1().decode, name="rot1") if n == "rot1" else None)
print(codecs.encode("HAL", "rot1"), codecs.decode(b"IBM", "rot1"))
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 2, 3: 2}))
print(codecs.charmap_decode(b"\x00\x01", "strict", "ab"), codecs.charmap_encode("ba", "strict", {97: 1, 98: 2}))

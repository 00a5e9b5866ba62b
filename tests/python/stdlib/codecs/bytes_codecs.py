# The bytes-to-bytes codecs (hex, base64, quopri, zlib) and rot13, only through codecs.encode/decode.
import codecs

for name in ["hex", "base64", "quopri", "zlib"]:
    data = codecs.encode(b"hello world = 1", name)
    print(name, data, codecs.decode(data, name))
print(codecs.encode("Hello", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.lookup("hex")._is_text_encoding, codecs.lookup("utf-8")._is_text_encoding)
try:
    codecs.decode(b"zz", "hex")
except Exception as e:
    print(type(e).__name__)
try:
    codecs.encode(b"x", "hex", "ignore")
except Exception as e:
    print(type(e).__name__, e)

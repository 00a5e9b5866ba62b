# Decoding takes a level of recursion depth per array or object, so nesting far past the
# recursion limit is a RecursionError naming what was being decoded; json.decoder.scanstring
# decodes one string body and says where it ended.
import json
import json.decoder

for depth in (50, 5000):
    for kind, text in (("array", "[" * depth + "]" * depth),
                       ("object", '{"k":' * depth + "0" + "}" * depth)):
        try:
            json.loads(text)
            print(depth, kind, "decoded")
        except RecursionError as e:
            print(depth, kind, "RecursionError:", e)

print(json.decoder.scanstring('"tab\\tand \\u00e9" rest', 1))
print(json.decoder.scanstring('raw\tcontrol" after', 0, False))
for args in (("abc", 9), ("no end", 0), ('bad\x01"', 0), ('"\\q"', 1)):
    try:
        print(json.decoder.scanstring(*args))
    except ValueError as e:
        print(type(e).__name__, e)

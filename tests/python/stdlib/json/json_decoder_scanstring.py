# json.decoder.scanstring(s, end, strict=True) decodes the JSON string whose body starts at end
# (just after the opening quote) and returns (text, index after the closing quote).
import json.decoder as decoder

print(decoder.scanstring('"plain" rest', 1))
print(decoder.scanstring('key: "tab\\there \\u00e9\\ud83d\\ude00"', 6))
print(decoder.scanstring('x"', 0), decoder.py_scanstring('yz"', 0))
print(decoder.scanstring('ctrl\x01"', 0, False))
for doc, end in (('never closed', 0), ('ctrl\x01"', 0), ('bad \\q escape"', 0), ('\\u12', 0)):
    try:
        decoder.scanstring(doc, end)
    except decoder.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, "| pos", e.pos)

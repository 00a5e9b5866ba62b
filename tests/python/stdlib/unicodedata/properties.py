# category, bidirectional, combining, mirrored and east_asian_width of assorted characters.
import unicodedata

chars = "aA1 \t\n!(\u00e9\u0301\u0327\u05d0\u0627\u0661\u00bd\u2160\u2028\u200b\u20ac\u4e00\uff21\uff61\u3000" \
        "\u00a1\u0345\u0f73\u05b7\u093c\u3099\ue000\U0001f600\u2062"
for ch in chars:
    print(ascii(ch), unicodedata.category(ch), unicodedata.bidirectional(ch), unicodedata.combining(ch),
          unicodedata.mirrored(ch), unicodedata.east_asian_width(ch))
print(sorted({unicodedata.combining(chr(c)) for c in range(0x300, 0x370)}))
print(sum(1 for c in range(0x3000, 0x3100) if unicodedata.east_asian_width(chr(c)) == "W"))
for f in [unicodedata.category, unicodedata.combining, unicodedata.east_asian_width]:
    try:
        f("xy")
    except TypeError as e:
        print("TypeError", e)

# decimal, digit and numeric: digits, superscripts, fractions, Roman and CJK numerals.
import unicodedata

for ch in "7\u0663\u096f\uff15\u00b2\u2460\u2082\u00bd\u2153\u2160\u216b\u4e5d\u842c\u0f33x":
    print(ascii(ch), unicodedata.decimal(ch, None), unicodedata.digit(ch, None), unicodedata.numeric(ch, None))
for f, msg in [(unicodedata.decimal, "decimal"), (unicodedata.digit, "digit"), (unicodedata.numeric, "numeric")]:
    try:
        f("x")
    except ValueError as e:
        print(msg, "ValueError", e)
print(unicodedata.decimal("x", -1), unicodedata.numeric("\u00be"))

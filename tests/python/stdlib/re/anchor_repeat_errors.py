import re
for p in [r'\A*', r'\Z+', r'\b?', r'\B{2}', r'[\b]*', r'\d*', r'(?=a)*', r'\Z{,2}', r'a\b*', r'\\b*', r'\x41*', r'\u0042+', r'\N{BULLET}?', r'\\A*']:
    try:
        print(p, re.findall(p, "AAB\\b\u2022"))
    except re.error as e:
        print(p, type(e).__name__, e)

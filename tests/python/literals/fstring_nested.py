x = 3.14159
w, p = 10, 3
print(f"[{x:{w}.{p}f}]")
d = {"key": "value"}
print(f"{d['key']}")
print(f'{d["key"]}')
print(f"""{d["key"]} and {'single'}""")
items = [1, 2, 3]
print(f"{[i * 2 for i in items]}")
print(f"{'nested ' + f'{1 + 1}'}")
print(f"{x!r:>20}")
print(f"{'abc':*^9}")
print(f"{len(items)} items: {', '.join(str(i) for i in items)}")

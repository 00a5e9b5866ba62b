# Format specs in f-strings: fill/align, sign, grouping, alternate forms, nested fields.
n = 1234567.891
i = 255
print(f"[{n:,.2f}] [{n:_.1f}] [{n:>15,.0f}] [{n:e}] [{n:.3g}] [{n:%}]"[:80])
print(f"[{i:b}] [{i:#b}] [{i:o}] [{i:#o}] [{i:x}] [{i:#X}] [{i:_b}] [{i:08_b}]")
print(f"[{i:+}] [{-i: }] [{i: }] [{i:=+8}] [{i:*^9}] [{i:<6}|]")
print(f"[{3.0:#.0f}] [{0.1:.0%}] [{-0.0:z.1f}] [{1e21:,}] [{12345:,d}]")
s = "weft"
print(f"[{s:>8}] [{s:-<8}] [{s:^9}] [{s:.2}] [{s!r:>8}]")
for w in (4, 6):
    print(f"[{s:{'^'}{w}}]")
print(f"{'{'}{'}'} {{literal}} {{{s}}}")
print(f"{1+1!r:>4}", f"{'a' 'b'}", f"{[x for x in range(3)]}")
try:
    f"{s:d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{i:s}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{1.5:,d}"
except ValueError as e:
    print("ValueError:", e)

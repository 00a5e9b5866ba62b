fills = ["", "*", "0", " ", "→"]
aligns = ["", "<", ">", "^", "="]
signs = ["", "+", "-", " "]
count = 0
for f in fills:
    for a in aligns:
        if f and not a:
            continue
        for s in signs:
            spec = f"{f}{a}{s}8"
            row = []
            for v in (42, -42, 3.5, -0.0):
                try:
                    row.append(f"[{v:{spec}}]")
                except ValueError as e:
                    row.append(f"<{e}>")
            count += 1
            print(f"{spec!r:<8}", " ".join(row))
print(count)
for spec in ["#08x", "#8x", "#<8x", "0=#10b", "+#o", "#X", "_X", "#_b", ",d", "10,", "=+10,"]:
    print(f"{spec!r:<9} [{255:{spec}}] [{-255:{spec}}]")
for s in ["", "s", "10", "<10", "^10.3", ">.1"]:
    print(f"{s!r:<8} [{'text':{s}}] [{'':{s}}]")
for bad in ["=8", "+8", " 8", "08", "#8", ",", "_"]:
    try:
        print(bad, f"[{'text':{bad}}]")
    except ValueError as e:
        print(bad, type(e).__name__, e)

TEXT = """Given$a$text$file$of$many$lines,$where$fields$within$a$line$
are$delineated$by$a$single$'dollar'$character,$write$a$program
that$aligns$each$column$of$fields$by$ensuring$that$words$in$each$
column$are$separated$by$at$least$one$space.
Further,$allow$for$each$word$in$a$column$to$be$either$left$
justified,$right$justified,$or$center$justified$within$its$column."""
rows = [line.rstrip("$").split("$") for line in TEXT.splitlines()]
widths = [max(len(r[i]) for r in rows if i < len(r)) for i in range(max(map(len, rows)))]
for how in ("ljust", "rjust", "center"):
    print(f"--- {how}")
    for r in rows:
        print(" ".join(getattr(w, how)(widths[i]) for i, w in enumerate(r)).rstrip())
print(widths)

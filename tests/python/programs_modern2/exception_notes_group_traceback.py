# Notes on an exception inside a group show in the printed tree (last line is the note).
def work(n):
    err = ValueError(f"bad input {n}")
    err.add_note(f"note for {n}")
    raise err


errs = []
for n in (1, 2):
    try:
        work(n)
    except ValueError as e:
        errs.append(e)
group = ExceptionGroup("batch", errs)
group.add_note("batch note")
raise group

# compile(), eval() and exec() check their source and flags as CPython does:
# no NUL characters, only known flags, an optimize level from -1 to 2; eval()
# alone skips the blanks that start its source.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


attempt("nul in compile", lambda: compile("x = 1\0", "<n>", "exec"))
attempt("nul in eval", lambda: eval("1\0"))
attempt("nul in exec bytes", lambda: exec(b"pass\0"))
for flags in (0x10, 0x100, 0x200, 0x800, 0x1000, 0x8000, 0x20000, 0x1000000, 0x2000000, -1):
    attempt("flags %#x" % flags if flags >= 0 else "flags -1",
            lambda: type(compile("1", "<f>", "eval", flags)).__name__)
attempt("flags huge", lambda: compile("1", "<f>", "eval", 2 ** 40))
for level in (-2, -1, 0, 1, 2, 3):
    attempt("optimize %d" % level, lambda: type(compile("1", "<f>", "eval", optimize=level)).__name__)
attempt("bad mode", lambda: compile("1", "<f>", "run"))
attempt("eval leading blanks", lambda: eval("   \t 6 * 7"))
attempt("eval leading newline", lambda: eval("\n  5"))
attempt("exec leading blanks", lambda: exec("  x = 1"))
attempt("compile leading blanks", lambda: compile("  1", "<f>", "eval"))

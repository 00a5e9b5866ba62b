import difflib

old = ["def add(a, b):\n", "    return a + b\n", "\n", "print(add(1, 2))\n", "# end\n"]
new = ["def add(a, b, c=0):\n", "    return a + b + c\n", "\n", "print(add(1, 2))\n", "print(add(1, 2, 3))\n"]
hd = difflib.HtmlDiff(tabsize=4, wrapcolumn=30)
table = hd.make_table(old, new, "v1.py", "v2.py", context=True, numlines=1)
for line in table.splitlines():
    print(line)
full = difflib.HtmlDiff().make_file(["a\n", "b\n"], ["a\n", "c\n"], "x", "y")
print(full.count("<tr>"), "diff_chg" in full, "legend" in full)

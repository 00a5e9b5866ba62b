# Compare files and directories: filecmp.cmp/dircmp and difflib.unified_diff over file contents.
import difflib
import filecmp
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    left = os.path.join(tmp, "left")
    right = os.path.join(tmp, "right")
    os.makedirs(os.path.join(left, "common_dir"))
    os.makedirs(os.path.join(right, "common_dir"))
    files = {
        ("left", "same.txt"): "identical\n", ("right", "same.txt"): "identical\n",
        ("left", "changed.txt"): "one\ntwo\nthree\nfour\nfive\n",
        ("right", "changed.txt"): "one\n2\nthree\nfour\nfive\nsix\n",
        ("left", "only_left.txt"): "L", ("right", "only_right.txt"): "R",
        ("left", "common_dir/x"): "x", ("right", "common_dir/x"): "y",
    }
    for (side, rel), text in files.items():
        with open(os.path.join(tmp, side, rel), "w") as f:
            f.write(text)
    for side in ("left", "right"):
        for dirpath, _, names in os.walk(os.path.join(tmp, side)):
            for n in names:
                os.utime(os.path.join(dirpath, n), (1_000_000_000, 1_000_000_000))
    os.utime(os.path.join(right, "common_dir", "x"), (1_000_000_000, 1_000_000_001))
    a = os.path.join(left, "changed.txt")
    b = os.path.join(right, "changed.txt")
    print(filecmp.cmp(os.path.join(left, "same.txt"), os.path.join(right, "same.txt")), filecmp.cmp(a, b))
    print(filecmp.cmp(a, b, shallow=False))
    d = filecmp.dircmp(left, right)
    print(d.left_only, d.right_only, sorted(d.common), d.same_files, d.diff_files, d.common_dirs)
    print(d.subdirs["common_dir"].diff_files)
    match, mismatch, errors = filecmp.cmpfiles(left, right, ["same.txt", "changed.txt", "ghost"])
    print(match, mismatch, errors)
    with open(a) as fa, open(b) as fb:
        diff = difflib.unified_diff(fa.readlines(), fb.readlines(), fromfile="left/changed.txt",
                                    tofile="right/changed.txt", lineterm="\n")
        print("".join(diff), end="")
    with open(a) as fa, open(b) as fb:
        for line in difflib.context_diff(fa.read().splitlines(), fb.read().splitlines(), "a", "b", lineterm="", n=1):
            print(line)
    with open(a) as fa, open(b) as fb:
        print(list(difflib.ndiff(fa.read().splitlines(), fb.read().splitlines())))
    ratio = difflib.SequenceMatcher(None, open(a).read(), open(b).read()).ratio()
    print(round(ratio, 4))

def glob_match(pattern, name):
    memo = {}
    def m(i, j):
        if (i, j) in memo:
            return memo[(i, j)]
        if i == len(pattern):
            res = j == len(name)
        elif pattern[i] == "*":
            res = m(i + 1, j) or (j < len(name) and m(i, j + 1))
        elif pattern[i] == "?":
            res = j < len(name) and m(i + 1, j + 1)
        elif pattern[i] == "[":
            end = pattern.index("]", i)
            chars = pattern[i + 1:end]
            negate = chars.startswith("!")
            if negate:
                chars = chars[1:]
            ok = False
            if j < len(name):
                k = 0
                while k < len(chars):
                    if k + 2 < len(chars) and chars[k + 1] == "-":
                        ok = ok or chars[k] <= name[j] <= chars[k + 2]
                        k += 3
                    else:
                        ok = ok or chars[k] == name[j]
                        k += 1
                ok = ok != negate
            res = ok and m(end + 1, j + 1)
        else:
            res = j < len(name) and pattern[i] == name[j] and m(i + 1, j + 1)
        memo[(i, j)] = res
        return res
    return m(0, 0)

files = ["main.py", "test_main.py", "README.md", "setup.cfg", "data1.csv", "data22.csv",
         "datax.csv", "notes.txt", ".hidden", "a.py.bak"]
for pat in ["*.py", "test_*", "data?.csv", "data[0-9]*.csv", "*.[mt][dx]*", "[!.]*", "*", "?????.*", "*py*"]:
    print(f"{pat:<16}", [f for f in files if glob_match(pat, f)])

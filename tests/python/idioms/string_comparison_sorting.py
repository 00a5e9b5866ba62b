names = ["bob", "Alice", "carol", "Dave", "alice", "Bob"]
print(sorted(names))
print(sorted(names, key=str.casefold))
print(sorted(names, key=lambda s: (s.lower(), s)))
print("apple" < "banana", "Apple" < "apple", "a" < "B", "abc" < "abd", "ab" < "abc")
print(max(names), min(names), max(names, key=str.lower))
files = ["file10.txt", "file2.txt", "file1.txt", "File3.txt"]
def natural_key(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if num:
                out.append(int(num))
                num = ""
            out.append(ch.lower())
    if num:
        out.append(int(num))
    return out
print(sorted(files))
print(sorted(files, key=natural_key))
print("Zebra".lower() > "apple".lower(), ord("Z") < ord("a"))

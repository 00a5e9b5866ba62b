line = "name,age,city"
fields = line.split(",")
print(fields)
print(" | ".join(fields))
print("-".join(str(n) for n in range(5)))
text = "  many   spaces   here  "
print(text.split())
print(text.split(" "))
print("a,b,,c".split(","))
print("k=v=w".split("=", 1))
print("a b c d".rsplit(" ", 2))
print("".join(reversed("stressed")))
print(", ".join(sorted({"b", "a", "c"})))
path = "/usr/local/bin"
print(path.split("/"))
print("/".join(path.split("/")[:-1]))
print("line1\nline2\r\nline3".splitlines())

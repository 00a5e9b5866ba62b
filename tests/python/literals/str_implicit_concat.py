s = "hello" " " 'world'
print(s)
t = ("a"
     "b"
     "c")
print(t)
print("x" r"\y" f"{1+1}")
b = b"ab" b"cd"
print(b)

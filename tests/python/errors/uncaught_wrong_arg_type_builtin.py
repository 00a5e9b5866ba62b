print(len("abc"))
print(len(42))

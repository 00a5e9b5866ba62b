print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or [] or 0)
print("a" and "b" and "c", "a" and "" and "c")
print(not [], not [1], not None, not 0.0)
def side(v):
    print("eval", v)
    return v
print(side(0) and side(1))
print(side(2) or side(3))
x = [] or {} or ()
print(x)

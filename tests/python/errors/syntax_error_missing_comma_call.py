print("a" "b")
def f(a b):
    pass

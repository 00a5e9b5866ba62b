a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c, a is not b)
x = None
print(x is None, x == None)
print([] == [], [] is [], () == ())
class Always:
    def __eq__(self, other):
        return True
print(Always() == 5, Always() is None, None == Always())
s1 = "hello"
s2 = "".join(["hel", "lo"])
print(s1 == s2)
nan = float("nan")
lst = [nan]
print(nan == nan, nan in lst, lst == lst, lst.count(nan))
print(1 == 1.0, 1 == 1.0 + 0j, "1" == 1, [1] == (1,))

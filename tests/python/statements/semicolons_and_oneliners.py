a = 1; b = 2; print(a + b)
if a: print("yes"); print("also")
for i in range(2): print(i); print(-i)
while a < 3: a += 1
print(a)
class C: x = 1; y = 2
print(C.x + C.y)
def f(): return 42
print(f())

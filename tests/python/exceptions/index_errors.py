def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: [][0])
show(lambda: [1][-2])
show(lambda: ()[0])
show(lambda: "x"[1])
show(lambda: b"x"[1])
show(lambda: range(3)[3])
show(lambda: bytearray(1)[5])
l = [1, 2]
def assign(): l[5] = 0
show(assign)
def delete(): del l[5]
show(delete)
show(lambda: [].pop())
show(lambda: [1].pop(3))
show(lambda: [1].insert(10, 0) or "insert past end is fine")
print(l)

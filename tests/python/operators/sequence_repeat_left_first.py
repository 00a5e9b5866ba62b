# seq * other tries the left sequence's repeat first, as CPython's PyNumber_Multiply does, so
# the error names the right operand even when it is itself a sequence subclass.
class MyList(list):
    pass


class MyStr(str):
    pass


print(2 * MyList([1]), MyList('ab') * 2, 3 * MyStr('x'))
for f in (lambda: 'x' * MyList(), lambda: [1] * MyList(), lambda: MyList() * 'x', lambda: (1,) * MyStr('y'),
          lambda: 3.0 * MyList([1]), lambda: MyStr('a') * 2.5, lambda: 'a' * 'b'):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)

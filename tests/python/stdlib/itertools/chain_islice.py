from itertools import chain, islice
print(list(chain('abc', [1, 2], (), range(3))))
print(list(chain.from_iterable(['ab', 'cd', ''])))
print(list(chain()))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(100), 10, 50, 15)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 5)), next(it))
for args in ((-1,), (0, 5, 0), ('a',)):
    try:
        islice('abc', *args)
    except ValueError as e:
        print("ValueError:", e)

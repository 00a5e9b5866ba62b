for d in (3, 2, 1, 0):
    print(10 % d)

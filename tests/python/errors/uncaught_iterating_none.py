def find_items(flag):
    if flag:
        return [1, 2]
for x in find_items(True):
    print(x)
for x in find_items(False):
    print(x)

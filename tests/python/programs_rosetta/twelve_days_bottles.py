DAYS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
GIFTS = """A partridge in a pear tree.
Two turtle doves
Three french hens
Four calling birds
Five golden rings
Six geese a-laying
Seven swans a-swimming
Eight maids a-milking
Nine ladies dancing
Ten lords a-leaping
Eleven pipers piping
Twelve drummers drumming""".splitlines()
for n, day in enumerate(DAYS[:4]):
    print(f"On the {day} day of Christmas\nMy true love gave to me:")
    for i in range(n, -1, -1):
        g = GIFTS[i]
        print("And a" + g[1:] if i == 0 and n else g)
    print()
print(sum(i * (13 - i) for i in range(1, 13)), "gifts in total")
def bottles(n):
    return f"{'No more' if n == 0 else n} bottle{'' if n == 1 else 's'} of beer"
for n in (3, 2, 1):
    print(f"{bottles(n)} on the wall, {bottles(n).lower()}.")
    print(f"Take one down, pass it around, {bottles(n - 1).lower()} on the wall.\n")

# a comment
x = (1 +  # comment inside parens
     2)
y = 1 + \
    2
z = [
    1,
    2,  # trailing
]
print(x, y, z)
s = {
    'a': 1,
}
print(s)
if (x == 3 and
        y == 3):
    print("continued condition")

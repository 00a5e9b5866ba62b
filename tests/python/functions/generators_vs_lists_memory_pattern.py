def squares_list(n):
    result = []
    for i in range(n):
        result.append(i * i)
    return result
def squares_gen(n):
    for i in range(n):
        yield i * i
print(squares_list(5), list(squares_gen(5)), sum(squares_gen(1000)) == sum(squares_list(1000)))
g = squares_gen(3)
print(list(g), list(g))
total = 0
for sq in squares_gen(10 ** 5):
    total += sq
print(total)
print(next(x for x in squares_gen(100) if x > 50), next((x for x in [] if x), "none"))

a = 256
b = 256
print(a == b)
x = [i for i in range(300)]
print(x[255] == 255, x[299] == 299)
print(int("1000") == 1000, 10 ** 3 == 1000)

# Tutorial 4.1-4.5: if, for, range, break/continue with else on loops, pass.
for x in [42, -3, 0, 1, 7]:
    if x < 0:
        x = 0
        print('Negative changed to zero')
    elif x == 0:
        print('Zero')
    elif x == 1:
        print('Single')
    else:
        print('More')
words = ['cat', 'window', 'defenestrate']
for w in words:
    print(w, len(w))
users = {'Hans': 'active', 'Éléonore': 'inactive', '景太郎': 'active'}
for user, status in users.copy().items():
    if status == 'inactive':
        del users[user]
print(users)
active_users = {}
for user, status in {'a': 'active', 'b': 'inactive'}.items():
    if status == 'active':
        active_users[user] = status
print(active_users)
for i in range(5):
    print(i, end=' ')
print()
print(list(range(5, 10)), list(range(0, 10, 3)), list(range(-10, -100, -30)))
a = ['Mary', 'had', 'a', 'little', 'lamb']
for i in range(len(a)):
    print(i, a[i])
print(range(10), sum(range(4)), list(range(4)))
for n in range(2, 10):
    for x in range(2, n):
        if n % x == 0:
            print(n, 'equals', x, '*', n // x)
            break
    else:
        print(n, 'is a prime number')
for num in range(2, 10):
    if num % 2 == 0:
        print("Found an even number", num)
        continue
    print("Found an odd number", num)
class MyEmptyClass:
    pass
def initlog(*args):
    pass
print(initlog(), MyEmptyClass.__name__)

# Tutorial 5.1: list methods, stacks, queues with deque, del.
from collections import deque
fruits = ['orange', 'apple', 'pear', 'banana', 'kiwi', 'apple', 'banana']
print(fruits.count('apple'), fruits.count('tangerine'))
print(fruits.index('banana'), fruits.index('banana', 4))
fruits.reverse()
print(fruits)
fruits.append('grape')
print(fruits)
fruits.sort()
print(fruits)
print(fruits.pop())
fruits.insert(0, 'fig')
fruits.remove('apple')
print(fruits)
fruits.extend(['lime', 'plum'])
print(fruits, len(fruits))
c = fruits.copy()
fruits.clear()
print(fruits, c[:3])
try:
    c.index('mango')
except ValueError as e:
    print('ValueError:', e)
try:
    c.remove('mango')
except ValueError as e:
    print('ValueError:', e)
try:
    [3, 'a', None].sort()
except TypeError as e:
    print('TypeError:', e)
stack = [3, 4, 5]
stack.append(6)
stack.append(7)
print(stack, stack.pop(), stack, stack.pop(), stack.pop(), stack)
queue = deque(["Eric", "John", "Michael"])
queue.append("Terry")
queue.append("Graham")
print(queue.popleft(), queue.popleft(), queue)
a = [-1, 1, 66.25, 333, 333, 1234.5]
del a[0]
print(a)
del a[2:4]
print(a)
del a[:]
print(a)
del a
try:
    a
except NameError as e:
    print('NameError:', e)

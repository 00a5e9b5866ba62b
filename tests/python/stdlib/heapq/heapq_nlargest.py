import heapq
data = [5, 1, 8, 3, 9, 2, 7, 8]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(0, data), heapq.nsmallest(0, data), heapq.nlargest(1, data), heapq.nsmallest(1, data))
print(heapq.nlargest(20, data), heapq.nsmallest(20, data))
print(heapq.nlargest(2, []), heapq.nsmallest(2, iter(data)))
people = [('ann', 31), ('bob', 25), ('cy', 31), ('dee', 19), ('eve', 25)]
print(heapq.nlargest(2, people, key=lambda p: p[1]))
print(heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nlargest(3, 'hello world'), heapq.nsmallest(2, ['pear', 'fig', 'apple'], key=len))
print(heapq.nlargest(-1, data), heapq.nsmallest(2, data, key=None))

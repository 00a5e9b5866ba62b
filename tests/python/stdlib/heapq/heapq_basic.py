import heapq
h = [5, 1, 4, 2]; heapq.heapify(h); heapq.heappush(h, 0); print(h, heapq.heappop(h), heapq.nlargest(2, h), heapq.nsmallest(2, [(1,'b'),(0,'a')], key=lambda t: t[1]))
print(list(heapq.merge([1,4,7],[2,5],[3,6])), list(heapq.merge(['a','bb'],['ccc'], key=len)), heapq.heapreplace(h, 10), heapq.heappushpop(h, 0))
print(list(heapq.merge([7, 4, 1], [5, 2], reverse=True)))
data = [9, 3, 7, 1, 8, 2]; out = []
heapq.heapify(data)
while data: out.append(heapq.heappop(data))
print(out)

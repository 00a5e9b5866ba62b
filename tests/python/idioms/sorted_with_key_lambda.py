people = [("alice", 30), ("bob", 25), ("carol", 35), ("dave", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
nums = [-4, 2, -1, 3, 0]
print(sorted(nums, key=abs))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d, key=d.get))
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True))

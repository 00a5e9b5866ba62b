# Concurrent bytearray.extend and append from 4 threads: every byte arrives, and each extend
# lands in one piece (chunks of one thread's byte are never split by another's).
import threading

N, CHUNKS, SIZE = 4, 20_000, 8
buf = bytearray()
start = threading.Barrier(N)


def work(k):
    chunk = bytes([65 + k]) * SIZE
    start.wait()
    for i in range(CHUNKS):
        buf.extend(chunk)
        buf.append(97 + k)


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(buf))
print([buf.count(65 + k) for k in range(N)], [buf.count(97 + k) for k in range(N)])
text = buf.decode()
runs = [text[i:i + SIZE] for i in range(len(text)) if text[i].isupper() and (i == 0 or text[i - 1] != text[i])]
# A run of capitals can be longer than SIZE (two chunks of one thread in a row), never shorter.
print(all(len(r) == SIZE and len(set(r)) == 1 for r in runs))

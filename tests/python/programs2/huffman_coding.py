class Node:
    def __init__(self, weight, symbol=None, left=None, right=None, order=0):
        self.weight, self.symbol, self.left, self.right = weight, symbol, left, right
        self.order = order

def push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[parent] <= heap[i]:
            break
        heap[parent], heap[i] = heap[i], heap[parent]
        i = parent

def pop(heap):
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            small = i
            if l < len(heap) and heap[l] < heap[small]:
                small = l
            if r < len(heap) and heap[r] < heap[small]:
                small = r
            if small == i:
                break
            heap[i], heap[small] = heap[small], heap[i]
            i = small
    return top

def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = []
    nodes = {}
    counter = 0
    for ch, w in sorted(freq.items()):
        nodes[counter] = Node(w, ch)
        push(heap, (w, counter))
        counter += 1
    while len(heap) > 1:
        w1, a = pop(heap)
        w2, b = pop(heap)
        nodes[counter] = Node(w1 + w2, left=nodes[a], right=nodes[b])
        push(heap, (w1 + w2, counter))
        counter += 1
    return nodes[heap[0][1]], freq

def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if node.symbol is not None:
        table[node.symbol] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table

def decode(bits, root):
    out, node = [], root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.symbol is not None:
            out.append(node.symbol)
            node = root
    return "".join(out)

text = "this is an example of a huffman tree"
root, freq = build(text)
table = codes(root)
for ch in sorted(table, key=lambda c: (len(table[c]), c)):
    print(f"{ch!r} {freq[ch]:2d} {table[ch]}")
encoded = "".join(table[c] for c in text)
print(len(encoded), "bits vs", 8 * len(text))
print(decode(encoded, root) == text)
print(encoded[:40])

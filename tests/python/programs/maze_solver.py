MAZE = """
##########
#S   #   #
# ## # # #
#  #   # #
## ##### #
#      #E#
# #### # #
#    #   #
##########
""".strip().splitlines()
def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c >= 0:
            return r, c
start, end = find("S"), find("E")
def neighbors(r, c):
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if MAZE[nr][nc] != "#":
            yield nr, nc
def bfs():
    prev = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == end:
            break
        for n in neighbors(*cur):
            if n not in prev:
                prev[n] = cur
                queue.append(n)
    path, node = [], end
    while node:
        path.append(node)
        node = prev[node]
    return path[::-1], len(prev)
path, explored = bfs()
print("start", start, "end", end, "length", len(path) - 1, "explored", explored)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "."
print("\n".join("".join(row) for row in grid))

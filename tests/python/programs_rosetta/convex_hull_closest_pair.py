import math
from itertools import combinations
pts = [(16, 3), (12, 17), (0, 6), (-4, -6), (16, 6), (16, -7), (16, -3), (17, -4), (5, 19), (19, -8),
       (3, 16), (12, 13), (3, -4), (17, 5), (-3, 15), (-3, -9), (0, 11), (-9, -3), (-4, -2), (12, 10)]

def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

def hull(points):
    points = sorted(set(points))
    lower, upper = [], []
    for p in points:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(points):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]

h = hull(pts)
print(h)
area = abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(h, h[1:] + h[:1]))) / 2
print("shoelace area:", area)
best = min(combinations(pts, 2), key=lambda pq: math.dist(*pq))
print("closest:", best, round(math.dist(*best), 6))
def rdp(points, eps):
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    def d(p):
        return abs((y2 - y1) * p[0] - (x2 - x1) * p[1] + x2 * y1 - y2 * x1) / math.hypot(x2 - x1, y2 - y1)
    i, dmax = max(((i, d(p)) for i, p in enumerate(points[1:-1], 1)), key=lambda t: t[1])
    if dmax > eps:
        return rdp(points[:i + 1], eps)[:-1] + rdp(points[i:], eps)
    return [points[0], points[-1]]
print(rdp([(0, 0), (1, 0.1), (2, -0.1), (3, 5), (4, 6), (5, 7), (6, 8.1), (7, 9), (8, 9), (9, 9)], 1.0))

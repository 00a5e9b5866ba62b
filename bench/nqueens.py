"""N-queens: backtracking with sets, and a generator-based permutation search."""
import sys


def count_backtracking(n):
    cols, diag1, diag2 = set(), set(), set()

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            total += place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)
        return total

    return place(0)


def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest


def solutions_by_permutation(n):
    cols = list(range(n))
    for vec in permutations(cols):
        if n == len({vec[i] + i for i in cols}) == len({vec[i] - i for i in cols}):
            yield vec


def main(n_backtrack, n_perm, rounds):
    for _ in range(rounds):
        print("backtracking %d-queens: %d solutions" % (n_backtrack, count_backtracking(n_backtrack)))
        sols = list(solutions_by_permutation(n_perm))
        print("permutation %d-queens: %d solutions, first %s" % (n_perm, len(sols), sols[0]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 11, int(sys.argv[2]) if len(sys.argv) > 2 else 9,
         int(sys.argv[3]) if len(sys.argv) > 3 else 3)

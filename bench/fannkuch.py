"""Fannkuch-redux: permutations, list slicing and reversal."""
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutation = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if permutation % 2 == 0 else -flips
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation += 1


def main(n, repeat):
    for _ in range(repeat):
        checksum, flips = fannkuch(n)
    print("%d\nPfannkuchen(%d) = %d" % (checksum, n, flips))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9, int(sys.argv[2]) if len(sys.argv) > 2 else 4)

# A HackerRank solution that reads stdin; the judge here gives it no input at all
def main():
    print("reading the number of test cases...")
    t = int(input())
    for _ in range(t):
        print(input()[::-1])


if __name__ == "__main__":
    main()

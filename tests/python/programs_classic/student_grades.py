from statistics import mean, median, pstdev

students = {
    "alice": [88, 92, 79, 93],
    "bob": [72, 65, 80, 70],
    "carol": [95, 98, 100, 97],
    "dave": [55, 61, 48, 70],
    "eve": [88, 92, 79, 93],
}


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


def main():
    averages = {name: mean(scores) for name, scores in students.items()}
    ranking = sorted(averages.items(), key=lambda kv: (-kv[1], kv[0]))
    print(f"{'Rank':<5}{'Name':<8}{'Avg':>7} {'Grade':^7}{'Best':>5}{'Worst':>6}")
    for rank, (name, avg) in enumerate(ranking, start=1):
        s = students[name]
        print(f"{rank:<5}{name.capitalize():<8}{avg:>7.2f} {letter(avg):^7}{max(s):>5}{min(s):>6}")
    all_scores = [x for s in students.values() for x in s]
    print(f"\nclass mean {mean(all_scores):.3f}, median {median(all_scores)}, stdev {pstdev(all_scores):.3f}")
    dist = {}
    for name, avg in averages.items():
        dist.setdefault(letter(avg), []).append(name)
    for g in "ABCDF":
        names = dist.get(g, [])
        print(f"{g}: {len(names)} {'█' * len(names)} {', '.join(sorted(names))}")
    top = max(averages, key=averages.get)
    print("top:", top, "ties:", [n for n, a in averages.items() if a == averages["alice"]])
    per_test = list(zip(*students.values()))
    for i, col in enumerate(per_test, 1):
        print(f"test {i}: mean={mean(col):6.2f} hi={max(col):3d} lo={min(col):3d} spread={max(col) - min(col)}")
    improved = {n: s[-1] - s[0] for n, s in students.items()}
    print(sorted(improved.items(), key=lambda kv: kv[1], reverse=True))
    passed = sum(1 for a in averages.values() if a >= 60)
    print(f"pass rate: {passed}/{len(averages)} = {passed / len(averages):.0%}")
    print(f"{'':-^40}")
    print(f"{' END ':=^40}")


if __name__ == "__main__":
    main()

def average(scores):
    return sum(scores) / len(scores)


def report(classes):
    for name, scores in classes.items():
        print(f"{name:<8}{average(scores):6.2f}")


report({"alpha": [90, 85, 77], "beta": [60, 70.5], "gamma": [100]})
report({"delta": [], "epsilon": [1]})

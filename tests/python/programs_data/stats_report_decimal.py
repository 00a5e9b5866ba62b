from statistics import mean, median, stdev, pstdev, variance, quantiles, NormalDist
from decimal import Decimal as D

prices = [D("36.374"), D("26.975"), D("7.739"), D("12.74"), D("20.10"), D("3.30"), D("11.50")]
print(mean(prices), median(prices), stdev(prices), pstdev(prices), variance(prices))
print(quantiles(prices, n=4), [str(q) for q in quantiles(prices, n=5, method="inclusive")])
floats = [float(p) for p in prices]
nd = NormalDist.from_samples(floats)
print(nd, round(nd.cdf(20), 6), [round(q, 4) for q in nd.quantiles(4)])
for p in prices:
    z = (float(p) - nd.mean) / nd.stdev
    print(f"{p:>8} {z:+7.3f} {'*' * int(abs(z) * 10)}")
weeks = [[D("17.292"), D("8.26"), D("21.926"), D("6.226")], [D("44.924"), D("39.781"), D("33.247")], [D("5")]]
for w in weeks:
    try:
        print(len(w), mean(w), stdev(w))
    except Exception as e:
        print(len(w), type(e).__name__, e)
stdev([float("inf"), 1.0, 2.0])

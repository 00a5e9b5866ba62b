# stdev of Decimals is the correctly rounded root (CPython checks the neighbours of the
# rounded sqrt); NormalDist.from_samples takes mu as the exact mean rounded once.
from statistics import stdev, pstdev, NormalDist
from decimal import Decimal as D

print(stdev([D("36.374"), D("26.975"), D("7.739"), D("12.74"), D("20.1"), D("3.3"), D("11.5")]))
print(stdev([D("17.292"), D("8.26"), D("21.926"), D("6.226")]), pstdev([D("17.292"), D("8.26"), D("21.926"), D("6.226")]))
print(stdev([D(1), D(2), D(4)]), pstdev([D("0.1"), D("0.2")]), stdev([D(5), D(5)]))
print(NormalDist.from_samples([94.14, -78.37, 43.54, 33.39, -27.65, 14.59, -59.36, 4.66, 18.02]))
print(NormalDist.from_samples([12547.14075491592, 258168.72713487217, 947737.5276560797, 370152.2204359404, 650466.3573810532, 176412.75095357746]))
print(NormalDist.from_samples([1, 2, 3, 4]), NormalDist.from_samples(x / 10 for x in range(7)))
for data in ([], [1.0]):
    try:
        NormalDist.from_samples(data)
    except Exception as e:
        print(type(e).__name__, e)

import math, itertools, bisect, statistics, operator
from collections import Counter

print("prefix_name".removeprefix("prefix_"), "file.tar.gz".removesuffix(".gz"), "abc".removeprefix("z"))
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
a |= {"w": 0}
print(a)
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], "ab", [0], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print((255).bit_count(), (-7).bit_count(), math.lcm(4, 6, 10), math.lcm(), math.gcd(12, 18, 27))
print(list(itertools.pairwise("abcd")), list(itertools.pairwise([1])))
print(math.isqrt(99), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.dist((0, 0), (3, 4)), math.nextafter(1.0, 2.0) > 1.0, math.ulp(1.0), math.cbrt(27.0), math.exp2(10))
data = [{"n": "a", "v": 3}, {"n": "b", "v": 7}, {"n": "c", "v": 9}]
print(bisect.bisect_left(data, 7, key=lambda d: d["v"]), bisect.bisect_right(data, 7, key=lambda d: d["v"]))
xs = [1, 2, 3, 4, 5]
ys = [2, 4, 5, 4, 5]
print(statistics.correlation(xs, ys), statistics.covariance(xs, ys))
print(statistics.linear_regression(xs, ys))
print(statistics.fmean([1, 2, 4]), statistics.geometric_mean([1, 4]), statistics.multimode("aabbc"))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
print(Counter("abracadabra").total(), Counter(a=3, b=1) <= Counter(a=4, b=1))
print(int("1_000"), f"{1000000:_d}", 0b1010_1010, 0x_ff)
print(str.maketrans("ab", "xy") == {97: 120, 98: 121})
print((3.5).is_integer(), (4.0).is_integer(), int.from_bytes(b"\x01\x00", "big"), (256).to_bytes(2, "little"))
print((10).to_bytes(length=2, byteorder="big") if False else (10).to_bytes(2, "big"))
print(pow(3, -1, 7), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum([1, 2], start=10))
print(sorted(["b", "A", "c"], key=str.casefold), min([], default="empty"), max([3, 1], key=lambda x: -x))
print(list(map(operator.call, [lambda: 1, lambda: 2])) if hasattr(operator, "call") else "no call")
print(anext, aiter) if False else None
print(round(2.675, 2), round(-0.5), round(1.5), round(12345, -2), round(0.125, 2))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3, divmod(7.5, 2))
print("𝔘𝔫𝔦".isidentifier(), "straße".casefold(), "ǅ".istitle(), "İ".lower(), len("İ".lower()))
print(memoryview(b"abc").tolist(), bytes.fromhex("de ad be ef").hex(":"), b"abc".hex("-", 1))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
print({"a": 1}.keys() | {"b"}, {"a": 1, "b": 2}.items() & {("a", 1)})
print(type({}.keys().mapping).__name__, {"q": 1}.values().mapping)
print(isinstance(1, int | float), issubclass(bool, (str, int)))
print(int.__or__(1, 2), (1).__or__(None) if False else "ok")

# bisect functions take key= (3.10); insort with key inserts the record itself.
import bisect
from collections import namedtuple

Movie = namedtuple("Movie", "name released")
movies = [Movie("Jaws", 1975), Movie("Titanic", 1997), Movie("The Birds", 1963), Movie("Aliens", 1986)]
by_year = sorted(movies, key=lambda m: m.released)
years = [m.released for m in by_year]
i = bisect.bisect_left(by_year, 1960, key=lambda m: m.released)
print(i, by_year[i].name)
print(bisect.bisect_right(by_year, 1986, key=lambda m: m.released), bisect.bisect(years, 1986))
bisect.insort(by_year, Movie("Love Story", 1970), key=lambda m: m.released)
print([m.name for m in by_year])
bisect.insort_left(by_year, Movie("Alien", 1986), key=lambda m: m.released)
print([m.name for m in by_year])
print(bisect.bisect_left([1, 2, 3, 4], 3, 1, 2), bisect.bisect_left(["apple", "Banana", "cherry"], "b", key=str.lower))
try:
    bisect.bisect_left([1, 2], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)

import bisect
from operator import itemgetter
movies = [('Jaws', 1975), ('Titanic', 1997), ('The Birds', 1963), ('Aliens', 1986)]
by_year = sorted(movies, key=itemgetter(1))
years = itemgetter(1)
print(by_year[bisect.bisect_left(by_year, 1980, key=years)])
print(bisect.bisect_right(by_year, 1986, key=years), bisect.bisect_left(by_year, 1986, key=years))
bisect.insort(by_year, ('Rocky', 1976), key=years)
bisect.insort_left(by_year, ('Alien', 1986), key=years)
bisect.insort_right(by_year, ('Top Gun', 1986), key=years)
print(by_year)
words = ['a', 'bb', 'ccc', 'dddd']
print(bisect.bisect(words, 2, key=len), bisect.bisect_left(words, 2, key=len))
bisect.insort(words, 'xx', key=len); print(words)
neg = [5, 3, 1]
print(bisect.bisect_left(neg, -3, key=lambda v: -v), bisect.bisect_right(neg, -3, key=lambda v: -v))

# import this prints the Zen of Python once; the module keeps s, d, c and i as CPython's
import this
print(this.c, this.i, len(this.d), this.s[:10])
import this

print(rb"\x41", br"\n", Rb"\t", bR"x", rf"\n{1 + 1}", fr"{2}\t", Rf"{'r'}", FR"\d")
print(u"unicode prefix", U"also")
print(type(rb"").__name__, type(rf"").__name__)

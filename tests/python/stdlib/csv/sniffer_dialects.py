import csv
samples = [
    "name;age;city\nAnn;30;Oslo\nBob;25;Rome\n",
    'a,b,c\n1,"x, y",3\n4,"he said ""hi""",6\n',
    '"a","b"\n"c","d"\n',
    "a|b|c\n1|2|3\n",
    "abc",
    "x",
    "hello world",
    "a b c\nd e f",
    "id\tname\tscore\n1\tann\t9.5\n2\tbob\t7\n",
    "one, two, three\nfour, five, six\n",
    "'single','quoted'\n'rows','here'\n",
    "k:v:w\n1:2:3\n4:5\n",
    'x;"y;z";w\n1;"2";3\n',
    "1,2,3\n4,5,6\n7,8,9\n",
    "name,age\nann,30\nbob,x\n",
    "a,b\n" + "\n".join("%d,%d" % (i, i * i) for i in range(30)),
    '"quoted only"\n"lines"\n',
    "aaa\nbbb",
    "",
]
sn = csv.Sniffer()
for s in samples:
    try:
        d = sn.sniff(s)
        print(repr(s[:30]), repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.quoting, repr(d.lineterminator))
    except csv.Error as e:
        print(repr(s[:30]), "Error", e)
    try:
        print("   header:", sn.has_header(s))
    except (csv.Error, StopIteration) as e:
        print("   header error:", type(e).__name__, e)
for dl in (",", ";", "|:", " "):
    try:
        print(dl, repr(sn.sniff("a;b,c|d:e f\n1;2,3|4:5 6\n", delimiters=dl).delimiter))
    except csv.Error as e:
        print(dl, "Error", e)
sn.preferred = [";"]
print(repr(sn.sniff("a;b,c\n1;2,3\n").delimiter))

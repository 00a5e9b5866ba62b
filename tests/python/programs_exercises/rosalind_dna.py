# Rosalind-style bioinformatics exercises
from collections import Counter
from itertools import groupby

DNA = "AGCTTTTCATTCTGACTGCAACGGGCAATATGTCTCTGTGTGGATTAAAAAAAGAGTGTCTGATAGCAGC"
c = Counter(DNA)
print(*(c[b] for b in "ACGT"))
rna = DNA.replace("T", "U")
print(rna)
comp = DNA[::-1].translate(str.maketrans("ACGT", "TGCA"))
print(comp)

FASTA = """>Rosalind_6404
CCTGCGGAAGATCGGCACTAGAATAGCCAGAACCGTTTCTCTGAGGCTTCCGGCCTTCCC
TCCCACTAATAATTCTGAGG
>Rosalind_5959
CCATCGGTAGCGCATCCTTAGTCCAATTAAGTCCCTATCCAGGCGCTCCGCCGAAGGTCT
ATATCCATTTGTCAGCAGACACGC
>Rosalind_0808
CCACCCTCGTGGTATGGCTAGGCATTCAGGAACCGGAGAACGCTTCAGACCAGCCCGGAC
TGGGAACCTGCGGGCAGTAGGTGGAAT"""


def parse_fasta(text):
    records = {}
    for is_head, grp in groupby(text.splitlines(), key=lambda l: l.startswith(">")):
        if is_head:
            name = next(grp)[1:]
        else:
            records[name] = "".join(grp)
    return records


recs = parse_fasta(FASTA)
gc = {k: 100 * (v.count("G") + v.count("C")) / len(v) for k, v in recs.items()}
top = max(gc, key=gc.get)
print(top)
print(f"{gc[top]:.6f}", {k: round(v, 3) for k, v in gc.items()})

s, t = "GAGCCTACTAACGGGAT", "CATCGTAATGACGGCCT"
print(sum(a != b for a, b in zip(s, t)))
print(*[i + 1 for i in range(len("GATATATGCATATACTT")) if "GATATATGCATATACTT".startswith("ATAT", i)])

CODONS = {"AUG": "M", "GCC": "A", "GGA": "G", "UAA": "*", "UAG": "*", "UGA": "*", "ACU": "T", "GUA": "V",
          "CGU": "R", "UUU": "F", "AAC": "N", "UCU": "S", "GGC": "G", "CCG": "P", "CUU": "L", "ACC": "T"}
mrna = "AUGGCCAUGGCGCCCAGAACUGAGAUCAAUAGUACCCGUAUUAACGGGUGA"
prot = []
for i in range(0, len(mrna) - 2, 3):
    aa = CODONS.get(mrna[i:i + 3], "?")
    if aa == "*":
        break
    prot.append(aa)
print("".join(prot))


def rabbits(n, k):
    a, b = 1, 1
    for _ in range(n - 2):
        a, b = b, b + k * a
    return b


print(rabbits(5, 3), rabbits(35, 4))
profile = ["ATCCAGCT", "GGGCAACT", "ATGGATCT", "AAGCAACC", "TTGGAACT", "ATGCCATT", "ATGGCACT"]
cols = [Counter(col) for col in zip(*profile)]
print("".join(cc.most_common(1)[0][0] for cc in cols))
for base in "ACGT":
    print(f"{base}:", *(cc[base] for cc in cols))

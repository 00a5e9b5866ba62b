# getopt and gnu_getopt: short and long options, arguments, prefixes and errors.
import getopt

print(getopt.getopt(["-a", "-b", "val", "-cfoo", "file1", "-d"], "ab:c:d"))
print(getopt.getopt(["--verbose", "--out=x", "--in", "y", "rest"], "", ["verbose", "out=", "in="]))
print(getopt.getopt(["--verb", "--ou", "z", "--", "-a"], "a", ["verbose", "out="]))
print(getopt.getopt(["-", "-a"], "a"), getopt.getopt([], "a"), getopt.getopt(["--x"], "", "x"))
print(getopt.gnu_getopt(["file", "-a", "--long", "x", "-b", "v", "--", "-c"], "ab:", ["long"]))
print(getopt.gnu_getopt(["file", "-a"], "+a"), getopt.gnu_getopt(["-ab1"], "ab:"))
for args, short, long in [(["-x"], "a", []), (["-b"], "b:", []), (["--nope"], "", ["yes"]),
                          (["--out"], "", ["out="]), (["--flag=1"], "", ["flag"]), (["--ve"], "", ["verbose", "version"])]:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print("GetoptError", str(e), repr(e.opt), e.msg, e.args)
print(getopt.error is getopt.GetoptError)

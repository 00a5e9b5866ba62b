# A module-level name bound to something else frees what it held; what is still alive at the end is
# finalized as CPython's shutdown does it: objects named by globals first, then items of lists.
class Tracked:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("finalized", self.tag)


current = Tracked("v1")
current = Tracked("v2")
print("rebound to v2")
current = None
print("rebound to None")

keep = Tracked("kept")
alias = keep
pool = [Tracked("pool-0"), Tracked("pool-1"), Tracked("pool-2")]
later = Tracked("later")


def make():
    return Tracked("made")


made = make()
print("end of program")

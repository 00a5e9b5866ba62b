# shelve and dbm: a persistent inventory, reopened, with writeback, deletion and the files it makes.
import dbm
import os
import shelve
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "inventory")
    with shelve.open(path) as db:
        db["apple"] = {"qty": 10, "price": 0.5}
        db["pear"] = {"qty": 4, "price": 0.75}
        db["tags"] = ["fruit", "fresh"]
        print(len(db), sorted(db), "apple" in db, db.get("kiwi", "none"))
    print(sorted(os.listdir(tmp)), dbm.whichdb(path))

    with shelve.open(path) as db:
        item = db["apple"]
        item["qty"] -= 3
        print("without writeback:", db["apple"]["qty"])
        db["apple"] = item
        print("after reassign:", db["apple"]["qty"])
        del db["pear"]
        print(sorted(db.keys()), sorted(db.items()))
    with shelve.open(path, writeback=True) as db:
        db["tags"].append("sale")
        print(db["tags"])
    with shelve.open(path, flag="r") as db:
        print(db["tags"], dict(db))
        try:
            db["new"] = 1
        except dbm.error as e:
            print(type(e).__name__, e)
    try:
        shelve.open(os.path.join(tmp, "missing"), flag="r")
    except dbm.error[0] as e:
        print(type(e).__name__, e)
    db = shelve.open(path)
    db.close()
    try:
        db["apple"]
    except ValueError as e:
        print(type(e).__name__, e)
    print(repr(db.dict))

    raw = dbm.open(os.path.join(tmp, "raw"), "c")
    raw["k1"] = "v1"
    raw[b"k2"] = b"v2" * 300
    raw["k1"] = "longer value"
    print(sorted(raw.keys()), raw["k1"], len(raw[b"k2"]), b"k1" in raw, "zz" in raw)
    try:
        raw[1] = "x"
    except TypeError as e:
        print(type(e).__name__, e)
    raw.close()
    sizes = {n: os.path.getsize(os.path.join(tmp, n)) for n in sorted(os.listdir(tmp)) if n.startswith("raw")}
    print(sizes)
    with open(os.path.join(tmp, "raw.dir")) as f:
        print(f.read().splitlines())
    with dbm.open(os.path.join(tmp, "raw"), "n") as fresh:
        print(len(fresh), fresh.keys())
    open(os.path.join(tmp, "junk"), "wb").write(b"not a database at all")
    print(repr(dbm.whichdb(os.path.join(tmp, "junk"))), dbm.whichdb(os.path.join(tmp, "nothing")))
    try:
        dbm.open(os.path.join(tmp, "junk"))
    except dbm.error[0] as e:
        print(type(e).__name__, e)

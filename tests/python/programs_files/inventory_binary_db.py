# A tiny fixed-record inventory database on disk: add, update, delete (tombstones), compact, with an index.
import os
import struct
import tempfile

REC = struct.Struct("<?I20sIf")   # alive, sku, name, quantity, price

class Inventory:
    def __init__(self, path):
        self.path = path
        self.index = {}
        if not os.path.exists(path):
            open(path, "wb").close()
        with open(path, "rb") as f:
            slot = 0
            while data := f.read(REC.size):
                alive, sku, *_ = REC.unpack(data)
                if alive:
                    self.index[sku] = slot
                slot += 1
        self.slots = slot

    def _write(self, slot, alive, sku, name, qty, price):
        with open(self.path, "r+b") as f:
            f.seek(slot * REC.size)
            f.write(REC.pack(alive, sku, name.encode()[:20], qty, price))

    def put(self, sku, name, qty, price):
        slot = self.index.get(sku)
        if slot is None:
            slot = self.slots
            self.slots += 1
            self.index[sku] = slot
        self._write(slot, True, sku, name, qty, price)

    def get(self, sku):
        with open(self.path, "rb") as f:
            f.seek(self.index[sku] * REC.size)
            alive, s, name, qty, price = REC.unpack(f.read(REC.size))
        return s, name.rstrip(b"\0").decode(), qty, round(price, 2)

    def delete(self, sku):
        slot = self.index.pop(sku)
        with open(self.path, "r+b") as f:
            f.seek(slot * REC.size)
            f.write(b"\x00")

    def compact(self):
        tmp = self.path + ".new"
        with open(self.path, "rb") as src, open(tmp, "wb") as dst:
            while data := src.read(REC.size):
                if data[0]:
                    dst.write(data)
        os.replace(tmp, self.path)
        self.__init__(self.path)

with tempfile.TemporaryDirectory() as d:
    inv = Inventory(os.path.join(d, "inv.db"))
    for sku, name, qty, price in [(101, "widget", 10, 2.5), (102, "gadget", 3, 19.99), (103, "doohickey", 0, 0.1),
                                  (104, "a very long product name", 7, 5.0)]:
        inv.put(sku, name, qty, price)
    print(REC.size, os.path.getsize(inv.path), sorted(inv.index.items()))
    inv.put(102, "gadget v2", 4, 21.5)
    inv.delete(103)
    print(inv.get(102), inv.get(104))
    try:
        inv.get(103)
    except KeyError as e:
        print("missing", e)
    again = Inventory(inv.path)
    print(sorted(again.index), again.slots)
    again.compact()
    print(os.path.getsize(again.path), sorted(again.index.items()), [again.get(s) for s in sorted(again.index)])

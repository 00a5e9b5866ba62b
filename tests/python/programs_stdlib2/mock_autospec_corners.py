from unittest import mock
from unittest.mock import *
import re
def t(f):
    try: print(re.sub(r"id=.[0-9]+.|0x[0-9a-f]+", "ID", repr(f())))
    except Exception as e: print(type(e).__name__, str(e)[:150])
class Calc:
    factor = 2
    def __init__(self, base): self.base = base
    def add(self, x, y=0): return x + y
    def __call__(self, v): return v
    def __len__(self): return 3
    @property
    def prop(self): return 1
    @classmethod
    def make(cls, n): return cls(n)
    @staticmethod
    def util(a, b): return a * b
A = create_autospec(Calc)
t(lambda: A(1).add(2, y=3)); t(lambda: A.make(5)); t(lambda: A.util(1, 2)); t(lambda: A.util(1)); t(lambda: A.make())
inst = create_autospec(Calc, instance=True)
t(lambda: inst(5)); t(lambda: inst()); t(lambda: len(inst)); t(lambda: inst.prop); t(lambda: inst.factor)
t(lambda: create_autospec(Calc(1))); t(lambda: type(create_autospec(Calc(1), spec_set=True)).__name__)
t(lambda: create_autospec(Calc, spec_set=True).nonexistent)
ms = MagicMock(spec=Calc)
t(lambda: len(ms)); t(lambda: ms(1)); t(lambda: list(ms)); t(lambda: ms.prop); t(lambda: ms.add(1))
t(lambda: MagicMock(spec=["__len__"]).__len__()); t(lambda: len(MagicMock(spec=["x"])))
with patch.object(Calc, "add", autospec=True) as fake:
    fake.return_value = 100
    c = Calc(1)
    t(lambda: c.add(5)); t(lambda: fake.call_args); t(lambda: c.add())
with patch("__main__.Calc", autospec=True) as FakeCalc:
    t(lambda: Calc(3).add(1)); t(lambda: FakeCalc.call_args); t(lambda: Calc())
with patch.object(Calc, "util", return_value=7):
    t(lambda: Calc.util(1, 2)); t(lambda: Calc(0).util(9))
m = Mock()
m.side_effect = [1, 2]
m.side_effect = None
t(lambda: m()); m.return_value = 5; t(lambda: m())
t(lambda: Mock(spec=Calc).add.assert_called_with(1)); t(lambda: mock.call_count if hasattr(mock, "call_count") else None)
mm = MagicMock()
mm.a.b.c.return_value = 1
mm.a.b.c(2)
t(lambda: mm.mock_calls); t(lambda: mm.a.b.mock_calls); t(lambda: mm.a.method_calls)
t(lambda: mm.assert_has_calls([call.a.b.c(2)])); t(lambda: mm.a.b.c.assert_called_once_with(3))
p = PropertyMock(return_value=3)
type(mm).size = p
t(lambda: mm.size); mm.size = 4; t(lambda: p.mock_calls)
t(lambda: Mock(name="x").return_value); t(lambda: str(Mock(name="y")).startswith("<Mock name='y'"))
t(lambda: Mock(spec=Calc, name="z").__class__); t(lambda: call(1) in [call(1)])
t(lambda: call.a(1) == call.b(1)); t(lambda: call(1)(2)); t(lambda: list(call(1, a=2)))
t(lambda: _Call(("x", (1,), {}))) if "_Call" in dir(mock) else None
am = MagicMock()
t(lambda: (am.__aenter__.__class__.__name__, am.__aexit__.__class__.__name__))
t(lambda: mock_open(read_data=b"bin")().read()); t(lambda: list(mock_open(read_data="a\nb")()))
t(lambda: mock_open(read_data="x\ny\n")().readlines())

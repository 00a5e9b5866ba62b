package org.weft.python.modules;

import java.math.BigInteger;
import java.util.concurrent.ThreadLocalRandom;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code _random.Random}: the Mersenne Twister core that {@code random.Random} subclasses
 * (seed, random, getrandbits, getstate, setstate). CPython: Modules/_randommodule.c.
 * Threads: each instance owns one {@link MersenneTwister}, whose methods lock it.
 */
public final class PyRandom extends PyObject {

    public static final PyType TYPE = PyType.builtin("_random.Random", PyRandom.class, () -> PyObject.TYPE,
            PyRandom::define);

    private final MersenneTwister mt = new MersenneTwister();

    PyRandom(PyType type) {
        super(type);
        mt.initByArray(new int[] {5489});
    }

    private static PyRandom self(PyObject o) {
        if (o instanceof PyRandom r) {
            return r;
        }
        throw PyErr.typeError("descriptor requires a '_random.Random' object but received a '%s'", Ops.typeName(o));
    }

    private static void define(TypeBuilder b) {
        b.doc("Random() -> create a random number generator with its own internal state.");
        b.newFn((type, args, kwnames) -> new PyRandom(type));
        b.initFn((s, args, kwnames) -> {
            if (s.type() == TYPE) {
                ArgParser.noKeywords("Random", kwnames);
            }
            ArgParser.checkPositional("Random", args.length, 0, 1);
            self(s).seed(args.length == 0 ? PyNone.NONE : args[0]);
            return null;
        });
        b.method0("random", "random($self, /)\n--\n\nrandom() -> x in the interval [0, 1).",
                s -> org.weft.python.runtime.PyFloat.of(self(s).mt.random()));
        b.method("seed", "seed($self, n=None, /)\n--\n\nseed([n]) -> None.", (s, args, kw) -> {
            ArgParser.noKeywords("seed", kw);
            ArgParser.checkPositional("seed", args.length, 0, 1);
            self(s).seed(args.length == 0 ? PyNone.NONE : args[0]);
            return PyNone.NONE;
        });
        b.method1("getrandbits", "getrandbits($self, k, /)\n--\n\ngetrandbits(k) -> x.  Generates an int with k "
                + "random bits.", (s, k) -> self(s).getrandbits(k));
        b.method0("getstate", "getstate($self, /)\n--\n\ngetstate() -> tuple containing the current state.",
                s -> self(s).getstate());
        b.method1("setstate", "setstate($self, state, /)\n--\n\nsetstate(state) -> None.  Restores generator "
                + "state.", (s, st) -> self(s).setstate(st));
    }

    // CPython: random_seed in _randommodule.c
    private void seed(PyObject arg) {
        if (arg == PyNone.NONE) {
            int[] key = new int[MersenneTwister.N];
            ThreadLocalRandom tlr = ThreadLocalRandom.current();
            for (int i = 0; i < key.length; i++) {
                key[i] = tlr.nextInt() ^ (int) System.nanoTime();
            }
            mt.initByArray(key);
            return;
        }
        BigInteger n;
        if (arg instanceof PyInt i) {
            n = i.bigValue().abs();
        } else {
            n = BigInteger.valueOf(Ops.hash(arg));
            if (n.signum() < 0) {
                n = n.add(BigInteger.ONE.shiftLeft(64));
            }
        }
        mt.initByArray(toWords(n));
    }

    /** Non-negative {@code n} as 32-bit words, least significant first; zero is one word. */
    private static int[] toWords(BigInteger n) {
        int bits = n.bitLength();
        int[] key = new int[bits == 0 ? 1 : (bits - 1) / 32 + 1];
        for (int i = 0; i < key.length; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        return key;
    }

    private PyObject getrandbits(PyObject kObj) {
        long k = Ops.index(kObj).longValueExact();
        if (k < 0) {
            throw PyErr.valueError("number of bits must be non-negative");
        }
        if (k == 0) {
            return PyInt.of(0);
        }
        if (k <= 32) {
            return PyInt.of(mt.bits32((int) k));
        }
        if (k > Integer.MAX_VALUE - 64) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        int[] words = mt.fillBits((int) k);
        if (words.length == 2) {
            long v = (words[0] & 0xffffffffL) | ((long) words[1] << 32);
            if (v >= 0) {
                return PyInt.of(v);
            }
        }
        byte[] be = new byte[words.length * 4 + 1];
        for (int i = 0; i < words.length; i++) {
            int w = words[i];
            int at = be.length - 4 * i;
            be[at - 1] = (byte) w;
            be[at - 2] = (byte) (w >>> 8);
            be[at - 3] = (byte) (w >>> 16);
            be[at - 4] = (byte) (w >>> 24);
        }
        return PyInt.of(new BigInteger(be));
    }

    private PyObject getstate() {
        long[] s = mt.state();
        PyObject[] items = new PyObject[s.length];
        for (int i = 0; i < s.length; i++) {
            items[i] = PyInt.of(s[i]);
        }
        return PyTuple.of(items);
    }

    // CPython: random_setstate in _randommodule.c
    private PyObject setstate(PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw PyErr.typeError("state vector must be a tuple");
        }
        if (t.size() != MersenneTwister.N + 1) {
            throw PyErr.valueError("state vector is the wrong size");
        }
        int[] words = new int[MersenneTwister.N];
        for (int i = 0; i < words.length; i++) {
            PyInt w = Ops.index(t.get(i));
            if (w.signum() < 0 || w.bigValue().bitLength() > 32) {
                throw PyErr.overflowError(w.signum() < 0
                        ? "can't convert negative value to unsigned int"
                        : "Python int too large to convert to C unsigned long");
            }
            words[i] = (int) w.longValue();
        }
        long index = Ops.index(t.get(MersenneTwister.N)).longValueExact();
        if (index < 0 || index > MersenneTwister.N) {
            throw PyErr.valueError("invalid state");
        }
        mt.setState(words, (int) index);
        return PyNone.NONE;
    }
}

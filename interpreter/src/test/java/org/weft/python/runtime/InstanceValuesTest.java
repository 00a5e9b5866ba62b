package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.weft.python.runtime.CoreSupport.bases;
import static org.weft.python.runtime.CoreSupport.cls;
import static org.weft.python.runtime.CoreSupport.i;
import static org.weft.python.runtime.CoreSupport.repr;
import static org.weft.python.runtime.CoreSupport.s;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How plain instances keep their attributes: by {@link Shape} until {@code __dict__} is asked for. */
class InstanceValuesTest {

    private static PyObject plainInstance() {
        return Ops.call(cls("Plain", bases()));
    }

    @Nested
    @DisplayName("layouts")
    class Layouts {
        @Test
        @DisplayName("objects that gain the same names in the same order share one shape")
        void sharedShapes() {
            PyType c = cls("C", bases());
            PyObject a = Ops.call(c);
            PyObject b = Ops.call(c);
            for (PyObject o : List.of(a, b)) {
                Ops.setattr(o, "x", i(1));
                Ops.setattr(o, "y", i(2));
            }
            InstanceValues va = (InstanceValues) a.dict;
            InstanceValues vb = (InstanceValues) b.dict;
            assertSame(va.shape(), vb.shape());
            assertEquals(1, va.shape().indexOf("y"));
            assertEquals(-1, va.shape().indexOf("z"));
        }

        @Test
        @DisplayName("an attribute site reads by shape and tells absence apart from no storage")
        void siteReads() {
            PyObject o = plainInstance();
            AttributeSite site = new AttributeSite("v", s("v"));
            assertNull(site.read(o));
            assertTrue(site.write(o, i(7)));
            assertEquals("7", repr(site.read(o)));
            assertSame(AttributeSite.NOT_SHAPED, site.read(PyList.of()));
        }

        @Test
        @DisplayName("past the bound on names the attributes move to a dict, in order")
        void manyNames() {
            PyObject o = plainInstance();
            for (int k = 0; k < Shape.MAX_KEYS + 5; k++) {
                Ops.setattr(o, "a" + k, i(k));
            }
            assertInstanceOf(PyDict.class, o.dict);
            assertFalse(o.dict instanceof InstanceValues);
            assertEquals(Shape.MAX_KEYS + 5, o.getDict().size());
            assertEquals("34", repr(Ops.getattr(o, "a34")));
            assertEquals("'a0'", repr(o.getDict().keys().get(0)));
        }
    }

    @Nested
    @DisplayName("__dict__")
    class Materialize {
        @Test
        @DisplayName("asking for __dict__ moves the attributes, in order, to a dict that stays the storage")
        void moveToDict() {
            PyObject o = plainInstance();
            Ops.setattr(o, "b", i(2));
            Ops.setattr(o, "a", i(1));
            PyDict d = o.getDict();
            assertEquals("{'b': 2, 'a': 1}", repr(d));
            assertSame(d, o.getDict());
            Ops.setattr(o, "c", i(3));
            assertEquals("{'b': 2, 'a': 1, 'c': 3}", repr(d));
            d.setItem("e", i(5));
            assertEquals("5", repr(Ops.getattr(o, "e")));
        }

        @Test
        @DisplayName("reading through getattr does not move the attributes")
        void readsKeepShape() {
            PyObject o = plainInstance();
            Ops.setattr(o, "x", i(1));
            assertEquals("1", repr(Ops.getattr(o, "x")));
            assertFalse(Ops.hasattr(o, "y"));
            assertInstanceOf(InstanceValues.class, o.dict);
        }
    }

    @Nested
    @DisplayName("threads")
    class Threads {
        @Test
        @DisplayName("threads adding distinct names to one object lose none, also while it moves to a dict")
        void concurrentAdds() throws Exception {
            int threads = 4;
            int per = 6; // 4 * 6 + 1 < MAX_KEYS: the race happens on shapes
            for (int round = 0; round < 200; round++) {
                PyObject o = plainInstance();
                Ops.setattr(o, "first", i(0));
                CyclicBarrier start = new CyclicBarrier(threads + 1);
                List<Thread> ts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int k = t;
                    ts.add(new Thread(() -> {
                        await(start);
                        for (int j = 0; j < per; j++) {
                            Ops.setattr(o, "t" + k + "_" + j, i(j));
                        }
                    }));
                }
                ts.forEach(Thread::start);
                await(start);
                if (round % 2 == 0) {
                    o.getDict(); // the move to a dict races with the additions
                }
                for (Thread t : ts) {
                    t.join();
                }
                PyDict d = o.getDict();
                assertEquals(threads * per + 1, d.size());
                for (int t = 0; t < threads; t++) {
                    for (int j = 0; j < per; j++) {
                        assertEquals(String.valueOf(j), repr(d.getItem("t" + t + "_" + j)));
                    }
                }
            }
        }

        private static void await(CyclicBarrier b) {
            try {
                b.await();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }
}

package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** memoryview's item formats, and typed writes through views under concurrent use. */
@DisplayName("MemoryFormat")
class MemoryFormatTest {

    @Nested
    @DisplayName("parsing")
    class Parsing {
        @Test
        @DisplayName("accepts one native code, optionally after '@', and nothing else")
        void parse() {
            assertEquals(MemoryFormat.SHORT, MemoryFormat.parse("h"));
            assertEquals(MemoryFormat.SHORT, MemoryFormat.parse("@h"));
            assertNull(MemoryFormat.parse("<h"));
            assertNull(MemoryFormat.parse("hh"));
            assertNull(MemoryFormat.parse("w"));
            assertNull(MemoryFormat.parse(""));
        }
    }

    @Nested
    @DisplayName("packing")
    class Packing {
        @Test
        @DisplayName("writes little-endian items and reads them back with their sign")
        void roundTrip() {
            byte[] b = new byte[8];
            MemoryFormat.SHORT.pack(PyInt.of(-2), b, 0);
            assertArrayEquals(new byte[] {(byte) 0xfe, (byte) 0xff}, java.util.Arrays.copyOf(b, 2));
            assertEquals(-2, ((PyInt) MemoryFormat.SHORT.unpack(b, 0)).longValue());
            assertEquals(0xfffe, ((PyInt) MemoryFormat.USHORT.unpack(b, 0)).longValue());
            MemoryFormat.ULONGLONG.pack(PyInt.of(BigInteger.TWO.pow(64).subtract(BigInteger.ONE)), b, 0);
            assertEquals(BigInteger.TWO.pow(64).subtract(BigInteger.ONE),
                    ((PyInt) MemoryFormat.ULONGLONG.unpack(b, 0)).bigValue());
            MemoryFormat.FLOAT.pack(PyFloat.of(0.1), b, 0);
            assertEquals((double) 0.1f, ((PyFloat) MemoryFormat.FLOAT.unpack(b, 0)).value());
        }

        @Test
        @DisplayName("refuses values out of range or of the wrong type with CPython's messages")
        void errors() {
            byte[] b = new byte[8];
            PyException range = assertThrows(PyException.class, () -> MemoryFormat.UBYTE.pack(PyInt.of(256), b, 0));
            assertTrue(range.matches(PyExc.ValueError));
            PyException type = assertThrows(PyException.class, () -> MemoryFormat.INT.pack(PyFloat.of(1.0), b, 0));
            assertTrue(type.matches(PyExc.TypeError));
            PyException chr = assertThrows(PyException.class,
                    () -> MemoryFormat.CHAR.pack(PyBytes.of(new byte[2]), b, 0));
            assertTrue(chr.matches(PyExc.ValueError));
            assertTrue(assertThrows(PyException.class, () -> MemoryFormat.WCHAR.unpack(b, 0))
                    .matches(PyExc.NotImplementedError));
        }
    }

    @Test
    @DisplayName("threads writing disjoint 'I' items of one bytearray through views lose no write")
    void concurrentTypedWrites() throws InterruptedException {
        int threads = 8;
        int per = 500;
        PyByteArray ba = new PyByteArray(new byte[threads * per * 4]);
        PyMemoryView all = (PyMemoryView) Ops.callMethod(PyMemoryView.of(ba), "cast", PyStr.of("I"));
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int k = t;
            Thread th = new Thread(() -> {
                for (int i = 0; i < per; i++) {
                    Ops.setitem(all, PyInt.of(i * threads + k), PyInt.of(0x01000000L * k + i));
                }
            });
            started.add(th);
            th.start();
        }
        for (Thread th : started) {
            th.join();
        }
        for (int i = 0; i < threads * per; i++) {
            long want = 0x01000000L * (i % threads) + i / threads;
            assertEquals(want, ((PyInt) Ops.getitem(all, PyInt.of(i))).longValue());
        }
    }
}

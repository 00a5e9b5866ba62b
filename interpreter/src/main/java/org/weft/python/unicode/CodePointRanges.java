package org.weft.python.unicode;

import java.util.Arrays;

/**
 * An immutable map from code points to ints, held as sorted disjoint ranges that each carry one
 * value: the form of the generated Unicode 14 tables, which are small lists of ranges where a JDK
 * answers otherwise than CPython 3.11. A lookup is a binary search over the range starts.
 */
public final class CodePointRanges {

    private final int[] firsts;
    private final int[] lasts;
    private final int[] values;

    /** From {first, last, value} triples, ascending and disjoint. */
    CodePointRanges(int... triples) {
        int n = triples.length / 3;
        firsts = new int[n];
        lasts = new int[n];
        values = new int[n];
        for (int i = 0; i < n; i++) {
            firsts[i] = triples[3 * i];
            lasts[i] = triples[3 * i + 1];
            values[i] = triples[3 * i + 2];
        }
    }

    /** The value of the range holding {@code cp}, or {@code absent} when none holds it. */
    public int get(int cp, int absent) {
        if (firsts.length == 0 || cp < firsts[0]) {
            return absent;
        }
        int i = Arrays.binarySearch(firsts, cp);
        if (i < 0) {
            i = -i - 2; // the range starting before cp
        }
        return cp <= lasts[i] ? values[i] : absent;
    }

    /** The first code point of the first range that carries {@code value}, or -1. */
    public int firstWithValue(int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return firsts[i];
            }
        }
        return -1;
    }
}

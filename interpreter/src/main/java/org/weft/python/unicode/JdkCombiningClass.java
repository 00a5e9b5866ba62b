package org.weft.python.unicode;

import java.text.Normalizer;

/**
 * The canonical combining class as the running JDK knows it, which it does not expose directly:
 * recovered from {@link Normalizer}. The generated Unicode14Database table corrects it where Java
 * 17 or 25 disagrees with CPython 3.11.
 */
public final class JdkCombiningClass {

    /**
     * One character for each canonical combining class that Unicode assigns, in increasing class
     * order: the reference marks {@link #combining} sorts a mark against.
     */
    private static final int[][] CLASS_MARKS = {
        {1, 0x0334}, {6, 0x16FF0}, {7, 0x093C}, {8, 0x3099}, {9, 0x094D}, {10, 0x05B0}, {11, 0x05B1},
        {12, 0x05B2}, {13, 0x05B3}, {14, 0x05B4}, {15, 0x05B5}, {16, 0x05B6}, {17, 0x05B7}, {18, 0x05B8},
        {19, 0x05B9}, {20, 0x05BB}, {21, 0x05BC}, {22, 0x05BD}, {23, 0x05BF}, {24, 0x05C1}, {25, 0x05C2},
        {26, 0xFB1E}, {27, 0x064B}, {28, 0x064C}, {29, 0x064D}, {30, 0x064E}, {31, 0x064F}, {32, 0x0650},
        {33, 0x0651}, {34, 0x0652}, {35, 0x0670}, {36, 0x0711}, {84, 0x0C55}, {91, 0x0C56}, {103, 0x0E38},
        {107, 0x0E48}, {118, 0x0EB8}, {122, 0x0EC8}, {129, 0x0F71}, {130, 0x0F72}, {132, 0x0F74},
        {202, 0x0327}, {214, 0x1DCE}, {216, 0x031B}, {218, 0x302A}, {220, 0x0316}, {222, 0x059A},
        {224, 0x302E}, {226, 0x1D16D}, {228, 0x05AE}, {230, 0x0300}, {232, 0x0315}, {233, 0x035C},
        {234, 0x035D}, {240, 0x0345},
    };

    private JdkCombiningClass() {
    }

    /**
     * The canonical combining class, which the JDK does not expose, recovered from the one place it
     * shows: canonical ordering in NFD moves a mark before a preceding mark of a higher class.
     * A mark of class k stays after the reference of every class up to k and moves before those
     * above it, so the first reference it moves before names the class just below; a mark that
     * moves before none is of the highest class, 240, unless it is a starter (class 0).
     */
    public static int combining(int cp) {
        int type = Character.getType(cp);
        if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK) {
            return 0;
        }
        String mark = new String(Character.toChars(cp));
        String nfd = Normalizer.normalize(mark, Normalizer.Form.NFD);
        if (!nfd.equals(mark)) {
            // a mark that decomposes (U+0344, U+0F73): the class its marks share, 0 when they differ
            int shared = -1;
            for (int i = 0; i < nfd.length(); i += Character.charCount(nfd.codePointAt(i))) {
                int c = combining(nfd.codePointAt(i));
                if (shared >= 0 && c != shared) {
                    return 0;
                }
                shared = c;
            }
            return Math.max(shared, 0);
        }
        int previous = 0;
        for (int[] ref : CLASS_MARKS) {
            if (ref[1] == cp) {
                return ref[0];
            }
            if (movesBefore(mark, ref[1])) {
                return previous;
            }
            previous = ref[0];
        }
        // not moved before any reference: class 240, or a starter that blocks reordering
        return movesBefore("\u0334", mark) ? 240 : 0;
    }

    private static boolean movesBefore(String mark, int reference) {
        String ref = new String(Character.toChars(reference));
        String nfd = Normalizer.normalize("a" + ref + mark, Normalizer.Form.NFD);
        return nfd.equals("a" + mark + ref);
    }

    private static boolean movesBefore(String mark, String after) {
        String nfd = Normalizer.normalize("a" + after + mark, Normalizer.Form.NFD);
        return nfd.equals("a" + mark + after);
    }
}

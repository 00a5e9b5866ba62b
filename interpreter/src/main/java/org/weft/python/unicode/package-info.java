/**
 * The Unicode character database as CPython 3.11 answers it (Unicode 14.0), on a JDK that carries
 * another version (Java 17: 13.0, Java 25: 16.0). {@link org.weft.python.unicode.JdkUnicode} asks
 * the JDK; generated tables ({@code Unicode14Types}, {@code Unicode14Database},
 * {@code Unicode14Case}, written by tools/unicode/gen_unicode14_tables.py) hold CPython's answers
 * where Java 17 or Java 25 gives another; {@link org.weft.python.unicode.UnicodeType},
 * {@link org.weft.python.unicode.UnicodeCase} and {@link org.weft.python.unicode.UnicodeDatabase}
 * consult the tables first and the JDK after, for str, the tokenizer and unicodedata.
 *
 * <p>Depends on {@code java.base} only, so the lexer may use it. Everything here is immutable.
 */
package org.weft.python.unicode;

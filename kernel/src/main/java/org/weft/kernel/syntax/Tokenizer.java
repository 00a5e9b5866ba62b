package org.weft.kernel.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.weft.kernel.syntax.TokenInfo.Type;

/**
 * CPython's pure-Python tokenizer, {@code tokenize.generate_tokens} of 3.11, ported line for line.
 * Unlike the interpreter's lexer it never fails on a stray character: {@code !}, {@code ?} and
 * {@code $} become ERRORTOKENs, which is exactly what IPython's transforms look for. Where
 * {@code tokenize} raises, the tokens found so far are returned with an {@link Ending} saying why
 * they stop, since IPython's callers use those tokens anyway.
 */
final class Tokenizer {

    private static final int TABSIZE = 8;

    /** How tokenizing ended: normally, or where {@code tokenize} would raise. */
    enum Ending {
        /** Ended with NEWLINE, DEDENTs and ENDMARKER. */
        COMPLETE,
        /** {@code TokenError}: end of input inside a string or brackets, or after a backslash. */
        EOF_INSIDE,
        /** {@code IndentationError}: an unindent that matches no outer level. */
        BAD_DEDENT
    }

    /** The tokens of a source and how they end. */
    record Result(List<TokenInfo> tokens, Ending ending) {
    }

    private final List<String> lines;
    private final List<TokenInfo> out = new ArrayList<>();
    private final List<Integer> indents = new ArrayList<>(List.of(0));
    private int lnum;
    private int parenlev;
    private boolean continued;
    // A string that runs over several lines, while it is being read.
    private StringBuilder contstr;
    private StringBuilder contline;
    private boolean needcont;
    private int strstartRow;
    private int strstartCol;
    private char contQuote;
    private boolean contTriple;

    private Tokenizer(List<String> lines) {
        this.lines = lines;
    }

    /** Tokenizes physical lines, each with its line ending except perhaps the last. */
    static Result tokenize(List<String> lines) {
        return new Tokenizer(lines).run();
    }

    private Result run() {
        String lastLine = "";
        String line = "";
        while (true) {
            lastLine = line;
            line = lnum < lines.size() ? lines.get(lnum) : "";
            lnum++;
            int pos;
            if (contstr != null) {
                if (line.isEmpty()) {
                    return new Result(out, Ending.EOF_INSIDE);
                }
                pos = continueString(line);
                if (pos < 0) {
                    continue;
                }
            } else if (parenlev == 0 && !continued) {
                if (line.isEmpty()) {
                    break;
                }
                pos = newStatement(line);
                if (pos == -1) {
                    break;
                }
                if (pos == -2) {
                    continue;
                }
                if (pos == -3) {
                    return new Result(out, Ending.BAD_DEDENT);
                }
            } else {
                if (line.isEmpty()) {
                    return new Result(out, Ending.EOF_INSIDE);
                }
                continued = false;
                pos = 0;
            }
            scanTokens(line, pos);
        }
        finish(lastLine);
        return new Result(out, Ending.COMPLETE);
    }

    /** Reads on in a multi-line string; the position after it, or -1 when the line is used up. */
    private int continueString(String line) {
        int end = StringScan.closing(line, 0, contQuote, contTriple);
        if (end >= 0) {
            out.add(new TokenInfo(Type.STRING, contstr + line.substring(0, end), strstartRow, strstartCol,
                    lnum, end, contline + line));
            contstr = null;
            contline = null;
            needcont = false;
            return end;
        }
        if (needcont && !line.endsWith("\\\n") && !line.endsWith("\\\r\n")) {
            out.add(new TokenInfo(Type.ERRORTOKEN, contstr + line, strstartRow, strstartCol, lnum,
                    line.length(), contline.toString()));
            contstr = null;
            contline = null;
            return -1;
        }
        contstr.append(line);
        contline.append(line);
        return -1;
    }

    /**
     * The start of a logical line: blank and comment lines, INDENT and DEDENT. Returns where tokens
     * start, -1 at the end of input, -2 for a line fully handled, -3 for a bad unindent.
     */
    private int newStatement(String line) {
        int column = 0;
        int pos = 0;
        int max = line.length();
        for (; pos < max; pos++) {
            char c = line.charAt(pos);
            if (c == ' ') {
                column++;
            } else if (c == '\t') {
                column = (column / TABSIZE + 1) * TABSIZE;
            } else if (c == '\f') {
                column = 0;
            } else {
                break;
            }
        }
        if (pos == max) {
            return -1;
        }
        char c = line.charAt(pos);
        if (c == '#' || c == '\r' || c == '\n') {
            if (c == '#') {
                String comment = stripLineEnd(line.substring(pos));
                out.add(new TokenInfo(Type.COMMENT, comment, lnum, pos, lnum, pos + comment.length(), line));
                pos += comment.length();
            }
            out.add(new TokenInfo(Type.NL, line.substring(pos), lnum, pos, lnum, max, line));
            return -2;
        }
        return indentation(line, pos, column) ? pos : -3;
    }

    /** INDENT or DEDENTs for a logical line starting at {@code column}; false for a bad unindent. */
    private boolean indentation(String line, int pos, int column) {
        if (column > last(indents)) {
            indents.add(column);
            out.add(new TokenInfo(Type.INDENT, line.substring(0, pos), lnum, 0, lnum, pos, line));
        }
        while (column < last(indents)) {
            if (!indents.contains(column)) {
                return false;
            }
            indents.remove(indents.size() - 1);
            out.add(new TokenInfo(Type.DEDENT, "", lnum, pos, lnum, pos, line));
        }
        return true;
    }

    private void scanTokens(String line, int pos) {
        int max = line.length();
        Matcher m = TokenPatterns.PSEUDO_TOKEN.matcher(line);
        while (pos < max) {
            int q = pos;
            while (q < max && " \f\t".indexOf(line.charAt(q)) >= 0) {
                q++;
            }
            int k = q < max ? StringScan.prefixLength(line, q) : -1;
            if (k >= 0) {
                int end = string(line, q, q + k);
                if (end < 0) {
                    return;
                }
                if (end > 0) {
                    pos = end;
                    continue;
                }
            }
            m.region(pos, max);
            if (!m.lookingAt()) {
                out.add(new TokenInfo(Type.ERRORTOKEN, line.substring(pos, pos + 1), lnum, pos, lnum, pos + 1, line));
                pos++;
                continue;
            }
            int start = m.start(1);
            int end = m.end(1);
            pos = end;
            if (start == end) {
                continue;
            }
            pos = classify(line, start, end);
            if (pos < 0) {
                return;
            }
        }
    }

    /** Emits the token {@code line[start:end]}; returns the position after it, or -1 when a string runs on. */
    private int classify(String line, int start, int end) {
        String token = line.substring(start, end);
        char initial = token.charAt(0);
        if (Character.isDigit(initial) && initial < 128 || initial == '.' && !token.equals(".") && !token.equals("...")) {
            emit(Type.NUMBER, token, start, end, line);
        } else if (initial == '\r' || initial == '\n') {
            emit(parenlev > 0 ? Type.NL : Type.NEWLINE, token, start, end, line);
        } else if (initial == '#') {
            emit(Type.COMMENT, token, start, end, line);
        } else if (TokenPatterns.isTripleQuote(token)) {
            return tripleQuoted(line, start, end);
        } else if (Character.isUnicodeIdentifierStart(token.codePointAt(0)) || initial == '_') {
            emit(Type.NAME, token, start, end, line);
        } else if (initial == '\\') {
            continued = true;
        } else {
            if ("([{".indexOf(initial) >= 0) {
                parenlev++;
            } else if (")]}".indexOf(initial) >= 0) {
                parenlev--;
            }
            emit(Type.OP, token, start, end, line);
        }
        return end;
    }

    /**
     * A string starting at {@code start} whose quote is at {@code quotePos}: tokenize's
     * {@code Triple} and {@code ContStr} cases. Returns the position after it, -1 when it runs on to
     * the next line, 0 when no string matches here (an unclosed one-quote string: the regex goes on).
     */
    private int string(String line, int start, int quotePos) {
        char quote = line.charAt(quotePos);
        if (line.startsWith(String.valueOf(quote).repeat(3), quotePos)) {
            return tripleQuoted(line, start, quotePos + 3);
        }
        int end = StringScan.firstLine(line, quotePos);
        if (end == StringScan.NO_MATCH) {
            return 0;
        }
        if (line.charAt(end - 1) == '\n') {
            startContinuedString(line, start, quote, false, true);
            return -1;
        }
        emit(Type.STRING, line.substring(start, end), start, end, line);
        return end;
    }

    /** A triple-quoted string whose opening quotes end at {@code end}. */
    private int tripleQuoted(String line, int start, int end) {
        char quote = line.charAt(end - 1);
        int close = StringScan.closing(line, end, quote, true);
        if (close >= 0) {
            emit(Type.STRING, line.substring(start, close), start, close, line);
            return close;
        }
        startContinuedString(line, start, quote, true, false);
        return -1;
    }

    private void startContinuedString(String line, int start, char quote, boolean triple, boolean backslashed) {
        strstartRow = lnum;
        strstartCol = start;
        contQuote = quote;
        contTriple = triple;
        contstr = new StringBuilder(line.substring(start));
        contline = new StringBuilder(line);
        needcont = backslashed;
    }

    /** The implicit NEWLINE when the input does not end in one, then DEDENTs and ENDMARKER. */
    private void finish(String lastLine) {
        if (!lastLine.isEmpty() && "\r\n".indexOf(lastLine.charAt(lastLine.length() - 1)) < 0
                && !lastLine.strip().startsWith("#")) {
            out.add(new TokenInfo(Type.NEWLINE, "", lnum - 1, lastLine.length(), lnum - 1, lastLine.length() + 1, ""));
        }
        for (int i = 1; i < indents.size(); i++) {
            out.add(new TokenInfo(Type.DEDENT, "", lnum, 0, lnum, 0, ""));
        }
        out.add(new TokenInfo(Type.ENDMARKER, "", lnum, 0, lnum, 0, ""));
    }

    private void emit(Type type, String token, int start, int end, String line) {
        out.add(new TokenInfo(type, token, lnum, start, lnum, end, line));
    }

    private static int last(List<Integer> list) {
        return list.get(list.size() - 1);
    }

    private static String stripLineEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\r' || s.charAt(end - 1) == '\n')) {
            end--;
        }
        return s.substring(0, end);
    }
}

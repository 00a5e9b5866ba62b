package org.weft.python.parser;

import static org.weft.python.lexer.TokenType.*;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.weft.python.ast.Bytes;
import org.weft.python.ast.Expr;
import org.weft.python.lexer.StringDecoder;
import org.weft.python.lexer.StringLiteral;
import org.weft.python.lexer.Token;

/**
 * Adjacent string literals, concatenated into one {@code Constant} or, when any is an f-string,
 * one {@code JoinedStr}. Compare CPython {@code _PyPegen_concatenate_strings} (3.11).
 */
final class StringParser {
    private final Grammar g;
    private final TokenStream ts;

    StringParser(Grammar g) {
        this.g = g;
        this.ts = g.ts;
    }

    Expr strings() {
        List<Token> tokens = new ArrayList<>();
        List<StringLiteral> literals = new ArrayList<>();
        boolean bytes = false;
        boolean fstring = false;
        while (ts.at(STRING)) {
            Token t = ts.next();
            StringLiteral lit = StringLiteral.of(t.text());
            if (!tokens.isEmpty() && lit.bytes() != bytes) {
                throw ts.error("cannot mix bytes and nonbytes literals", ts.peek());
            }
            bytes = lit.bytes();
            fstring |= lit.fstring();
            tokens.add(t);
            literals.add(lit);
        }
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        try {
            if (bytes) {
                return concatBytes(tokens, literals, first, last);
            }
            // Compare CPython _PyPegen_concatenate_strings: only a lowercase 'u' prefix marks the kind.
            String kind = first.text().startsWith("u") ? "u" : null;
            if (!fstring) {
                StringBuilder sb = new StringBuilder();
                for (StringLiteral lit : literals) {
                    sb.append(StringDecoder.decodeStr(lit.body(), lit.raw()));
                }
                return new Expr.Constant(sb.toString(), kind, first.line(), first.col(), last.endLine(),
                        last.endCol());
            }
            return new FStringParser(ts, first, last, kind).joined(tokens, literals);
        } catch (StringDecoder.DecodeError e) {
            throw ts.error(e.getMessage(), ts.peek());
        }
    }

    private Expr concatBytes(List<Token> tokens, List<StringLiteral> literals, Token first, Token last) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < tokens.size(); i++) {
            StringLiteral lit = literals.get(i);
            try {
                out.writeBytes(StringDecoder.decodeBytes(lit.body(), lit.raw()));
            } catch (StringDecoder.DecodeError e) {
                if (e.getMessage().startsWith("bytes can only")) {
                    throw ts.error(e.getMessage(), tokens.get(i));
                }
                throw e;
            }
        }
        return new Expr.Constant(new Bytes(out.toByteArray()), null, first.line(), first.col(), last.endLine(),
                last.endCol());
    }
}

package org.weft.python.lexer;

/**
 * Token kinds. Operators and keywords get their own kinds so the parser switches on an enum
 * instead of comparing strings; soft keywords ({@code match}, {@code case}, {@code _}) stay
 * {@link #NAME}, because they are names everywhere but at the start of a statement.
 */
public enum TokenType {
    NAME(null), NUMBER(null), STRING(null), NEWLINE(null), INDENT(null), DEDENT(null), ENDMARKER(null),

    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"),
    COLON(":"), COMMA(","), SEMI(";"), DOT("."), ELLIPSIS("..."), RARROW("->"), COLONEQUAL(":="),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), DOUBLESLASH("//"), PERCENT("%"), DOUBLESTAR("**"),
    AT("@"), VBAR("|"), AMPER("&"), CIRCUMFLEX("^"), TILDE("~"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"),
    LESS("<"), GREATER(">"), EQUAL("="), EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="),
    PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), DOUBLESLASHEQUAL("//="),
    PERCENTEQUAL("%="), DOUBLESTAREQUAL("**="), ATEQUAL("@="), VBAREQUAL("|="), AMPEREQUAL("&="),
    CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="),
    /** A character CPython tokenizes as a lone operator but no grammar rule accepts ({@code $ ? ! `}). */
    ERRORTOKEN(null),

    FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"), ASYNC("async"),
    AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"), DEF("def"), DEL("del"),
    ELIF("elif"), ELSE("else"), EXCEPT("except"), FINALLY("finally"), FOR("for"), FROM("from"),
    GLOBAL("global"), IF("if"), IMPORT("import"), IN("in"), IS("is"), LAMBDA("lambda"),
    NONLOCAL("nonlocal"), NOT("not"), OR("or"), PASS("pass"), RAISE("raise"), RETURN("return"),
    TRY("try"), WHILE("while"), WITH("with"), YIELD("yield");

    private final String spelling;

    TokenType(String spelling) {
        this.spelling = spelling;
    }

    /** The fixed text of an operator or keyword; null for kinds whose text varies. */
    public String spelling() {
        return spelling;
    }

    /** True for the hard keywords ({@code if}, {@code None}, ...). */
    public boolean isKeyword() {
        return ordinal() >= FALSE.ordinal();
    }
}

package org.weft.python.parser;

/**
 * The rule parsers of one parse, sharing one token stream. Each parser reaches the others
 * through here ({@code g.expressions.expression()}), which keeps every file to one part of the
 * grammar without a web of constructor arguments.
 */
final class Grammar {
    final TokenStream ts;
    final ExpressionParser expressions;
    final AtomParser atoms;
    final CallParser calls;
    final ArgumentsParser arguments;
    final StringParser strings;
    final TargetValidator targets;
    final PatternParser patterns;
    final MatchParser matches;
    final StatementParser statements;
    final AssignmentParser assignments;
    final CompoundParser compounds;
    /** Bracket depth of what is being parsed: CPython gives some hints only inside brackets. */
    int depth;

    Grammar(TokenStream ts) {
        this.ts = ts;
        this.expressions = new ExpressionParser(this);
        this.atoms = new AtomParser(this);
        this.calls = new CallParser(this);
        this.arguments = new ArgumentsParser(this);
        this.strings = new StringParser(this);
        this.targets = new TargetValidator(this);
        this.patterns = new PatternParser(this);
        this.matches = new MatchParser(this);
        this.statements = new StatementParser(this);
        this.assignments = new AssignmentParser(this);
        this.compounds = new CompoundParser(this);
    }
}

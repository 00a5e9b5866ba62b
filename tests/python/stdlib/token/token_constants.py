# token: the constants, tok_name, EXACT_TOKEN_TYPES and the predicates.
import token

print(token.NAME, token.NUMBER, token.STRING, token.OP, token.COMMENT, token.NL, token.ENCODING, token.N_TOKENS)
print(sorted(token.tok_name.items()))
print(sorted(token.EXACT_TOKEN_TYPES.items()))
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER))
print(token.__all__)

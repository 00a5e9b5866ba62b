# Constants of every type and how dump shows them; kind='u'.
import ast

for source in [
    "1", "-1", "1.5", "1e309", "2j", "0xff", "1_000_000", "10**100", "123456789012345678901234567890",
    "'text'", "u'unicode'", "U'upper'", "'a' u'b'", "'con' 'cat'", "b'\\x00bytes'", "True", "False", "None", "...",
    "'''multi\nline'''", "r'\\d+'",
]:
    tree = ast.parse(source, mode='eval')
    constant = tree.body
    print(ast.dump(tree), type(getattr(constant, 'value', None)).__name__)

# f-strings: JoinedStr, FormattedValue, conversions, format specs, self-documenting '='.
import ast

for source in [
    "f'hello'", "f'{name}'", "f'{name!r}'", "f'{value!s:>10}'", "f'{value!a}'",
    "f'{x:{width}.{precision}}'", "f'{x=}'", "f'{x = !s:^5}'", "f'{{literal}} {y}'",
    "f'a' 'b' f'{c}'", "f'{3.14159:.2f} and {n:,}'",
]:
    print(ast.dump(ast.parse(source, mode='eval')))

# Malformed input: missing headers, duplicates (strict and not), bad lines; the exception texts.
import configparser

cases = ["x = 1\n[s]\n", "[s]\na = 1\n[s]\nb = 2\n", "[s]\na = 1\na = 2\n", "[s]\nno delimiter here\n= novalue\n[t]\nok=1\n",
         "[s]\n  indented = 1\n"]
for text in cases:
    for strict in (True, False):
        p = configparser.ConfigParser(strict=strict)
        try:
            p.read_string(text, source="cfg.ini")
            print(strict, {s: dict(p[s]) for s in p.sections()})
        except configparser.Error as e:
            print(strict, type(e).__name__, str(e), e.args)
for e in [configparser.NoSectionError("s"), configparser.NoOptionError("o", "s"), configparser.DuplicateSectionError("s"),
          configparser.DuplicateOptionError("s", "o"), configparser.InterpolationSyntaxError("o", "s", "msg"),
          configparser.ParsingError("f")]:
    print(type(e).__name__, repr(str(e)), e.args, isinstance(e, configparser.Error))
p = configparser.ConfigParser(empty_lines_in_values=False, delimiters=("->",), comment_prefixes=("//",))
p.read_string("[s]\nkey -> value\n  cont\n\n  notcont -> x\n// comment\nother->2\n")
print(p.items("s"))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH, sorted(configparser.ConfigParser.BOOLEAN_STATES))

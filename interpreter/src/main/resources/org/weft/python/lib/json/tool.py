"""python -m json.tool: check that a file (or standard input) holds JSON and print it indented,
compact, or as JSON Lines. The options and their effects are CPython's."""
import argparse
import json
import sys


def main():
    parser = argparse.ArgumentParser(
        prog='python -m json.tool',
        description='Checks JSON and prints it again: indented, on one line, or compact.')
    parser.add_argument('infile', nargs='?', type=argparse.FileType(encoding='utf-8'),
                        help='the JSON file to read (default: standard input)', default=None)
    parser.add_argument('outfile', nargs='?', type=argparse.FileType('w', encoding='utf-8'),
                        help='the file to write to (default: standard output)', default=None)
    parser.add_argument('--sort-keys', action='store_true', default=False,
                        help='print the keys of every object in sorted order')
    parser.add_argument('--no-ensure-ascii', dest='ensure_ascii', action='store_false',
                        help='print characters beyond ASCII as they are, not as \\u escapes')
    parser.add_argument('--json-lines', action='store_true', default=False,
                        help='read one JSON value per line (JSON Lines); with --no-indent or '
                             '--compact the output is JSON Lines too')
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--indent', default=4, type=int,
                       help='indent nested values by this many spaces, one item per line (default 4)')
    group.add_argument('--tab', action='store_const', dest='indent', const='\t',
                       help='indent nested values by tabs, one item per line')
    group.add_argument('--no-indent', action='store_const', dest='indent', const=None,
                       help='print each value on one line, items separated by ", "')
    group.add_argument('--compact', action='store_true',
                       help='print each value on one line with no spaces at all')
    options = parser.parse_args()

    dump_args = {'sort_keys': options.sort_keys, 'indent': options.indent,
                 'ensure_ascii': options.ensure_ascii}
    if options.compact:
        dump_args['indent'] = None
        dump_args['separators'] = ',', ':'

    infile = options.infile if options.infile is not None else sys.stdin
    try:
        if options.json_lines:
            values = (json.loads(line) for line in infile)
        else:
            values = (json.load(infile),)
        outfile = options.outfile if options.outfile is not None else sys.stdout
        with outfile:
            for value in values:
                json.dump(value, outfile, **dump_args)
                outfile.write('\n')
    except ValueError as e:
        # the decoder's message alone, with status 1, as CPython's tool ends
        raise SystemExit(e)
    finally:
        if infile is not sys.stdin:
            infile.close()


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)

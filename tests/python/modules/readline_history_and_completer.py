# readline's history list, history files, completer settings and hooks, as a program sees them when
# stdin is not a terminal; the 'libedit' test is the common idiom for choosing bindings.
import readline, os, tempfile
print(repr(readline.get_completer_delims()), readline.get_history_length(), readline.get_current_history_length(), readline.get_completer(), readline.get_begidx(), readline.get_endidx(), repr(readline.get_line_buffer()), readline.get_completion_type())
print(readline._READLINE_VERSION, readline._READLINE_LIBRARY_VERSION)
readline.parse_and_bind('tab: complete')
readline.add_history('a'); readline.add_history('b')
print(readline.get_current_history_length(), readline.get_history_item(1), readline.get_history_item(0), readline.get_history_item(5))
readline.replace_history_item(0, 'z'); print(readline.get_history_item(1))
d = tempfile.mkdtemp(); h = os.path.join(d, 'hist')
for f in (lambda: readline.remove_history_item(9), lambda: readline.replace_history_item(9, 'x'), lambda: readline.add_history(3), lambda: readline.set_completer(3), lambda: readline.remove_history_item(-1), lambda: readline.get_history_item('x'), lambda: readline.set_history_length('x'), lambda: readline.read_history_file('/nonexistent/x'),
          lambda: readline.set_startup_hook(3), lambda: readline.set_pre_input_hook(3), lambda: readline.set_completion_display_matches_hook(3), lambda: readline.append_history_file(1, '/nonexistent/y'), lambda: readline.write_history_file('/nonexistent/y'), lambda: readline.read_init_file('/nonexistent/y'), lambda: readline.set_completer_delims(3), lambda: readline.insert_text(3), lambda: readline.get_history_item(2**70), lambda: readline.remove_history_item(2**70), lambda: readline.add_history('a\0b'), lambda: readline.set_completer_delims('ab'), lambda: readline.get_completer_delims(), lambda: readline.set_completer(None), lambda: readline.replace_history_item(0, 3)):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
readline.set_completer_delims(' \t')
readline.insert_text('abc'); print(repr(readline.get_line_buffer()))
readline.clear_history()
for w in ('one', 'two', 'three'):
    readline.add_history(w)
readline.set_history_length(2)
readline.write_history_file(h); print(repr(open(h).read()))
readline.set_history_length(-1)
readline.append_history_file(1, h); print(repr(open(h).read()))
readline.clear_history(); readline.read_history_file(h)
print([readline.get_history_item(i) for i in range(1, readline.get_current_history_length() + 1)])
print(readline.get_history_item(1), readline.remove_history_item(0), readline.get_current_history_length())
def complete(text, state):
    options = [w for w in ('print', 'property', 'pass') if w.startswith(text)]
    return options[state] if state < len(options) else None
readline.set_completer(complete); print(readline.get_completer() is complete, complete('pr', 1))
if 'libedit' in (readline.__doc__ or ''):
    print('libedit')
else:
    print('gnu-style bindings')

# Imported by Python at start-up when this folder is on PYTHONPATH: lizard 1.24 with the readings accrue departs from
# mended, to tell accrue's own differences from them (lizard-compare.py's header). Lua: its reader without its two Ruby
# readings: `#` is Lua's length operator, no comment to the end of the line, and `class`, `module`, `begin`, `it`,
# `unless` are names, no block keywords.
try:
    from lizard_languages import lua
    from lizard_languages.code_reader import CodeReader
    from lizard_languages.rubylike import RubylikeStateMachine
    def generate_tokens(source_code, addition='', token_class=None):
        src = source_code.replace('#', '\x01')  # keep offsets; length operator becomes an unknown byte
        for t in CodeReader.generate_tokens(src, r"|\-\-\[\[.*?\]\]" + r"|\[\=*\[.*?\]\=*\]" + r"|\-\-.*?$" + addition):
            yield t.replace('\x01', '#') if isinstance(t, str) else t
    lua.LuaReader.generate_tokens = staticmethod(generate_tokens)
    base = lua.LuaStateMachine._state_global
    def _state_global(self, token):
        if token in ("class", "module", "begin", "it", "unless", "=begin"):
            self.probable_function_name = token
            return
        base(self, token)
    lua.LuaStateMachine._state_global = _state_global
except Exception as e:
    import sys; print("patch failed", e, file=sys.stderr)

# JavaScript and TypeScript: lizard 1.24 reads the `:` of `case x:` and `default:` as a type annotation, skipped up to
# the next `{ = ; )`, so an unterminated `case L: return 1` swallows the closing braces after it (and the functions up
# to the next bracket), and a `case 1: {…}` block is skipped. accrue ends the label at its colon; so does this.
try:
    from lizard_languages.typescript import TypeScriptStates
    base_ts = TypeScriptStates._state_global
    def _state_global_ts(self, token):
        if not self.as_object:
            if token in ("case", "default"):
                self._mended_label = True
            elif token == ":" and getattr(self, "_mended_label", False):
                self._mended_label = False
                self.last_tokens = token
                self._prev_token = token
                return
        base_ts(self, token)
    TypeScriptStates._state_global = _state_global_ts
except Exception as e:
    import sys; print("patch failed", e, file=sys.stderr)

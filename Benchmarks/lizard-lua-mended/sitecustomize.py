# Imported by Python at start-up when this folder is on PYTHONPATH: lizard 1.24.3's Lua reader without its two Ruby
# readings, to tell accrue's Lua grammar's own differences from those (lizard-compare.py's header): `#` is Lua's length
# operator, no comment to the end of the line, and `class`, `module`, `begin`, `it`, `unless` are names, no block keywords.
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

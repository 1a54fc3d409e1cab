import SymbolScan
import Testing

@Suite struct LuaDeclarationsTests {
    /// A module: requires, a local function, functions named by field and by method, values, a call, `return M`.
    private static let module = """
        -- A module.
        local utils = require("telescope.utils")
        local M = {}

        local function helper(x)
          local inner = 1
          function M.nested() end
          return x + inner
        end

        function M.foo(a)
          if a then
            return helper(a)
          end
          for i = 1, 3 do
            print(i)
          end
        end

        function M.sub.path:bar()
          return self
        end

        M.limit = 10
        M.baz = function()
          return M.foo(1)
        end
        global_count = 0
        local a <const>, b = 1, 2
        setmetatable(M, {
          __index = function() end,
        })

        return M
        """

    /// Functions are named by their field (`function M.foo` is `foo`: another file calls `actions.foo(…)`), values
    /// are `local` or `variable`, and each region runs to the next top-level statement that declares.
    @Test func topLevelFunctionsAndAssignmentsAreDeclarationsNamedByTheirField() throws {
        let facts = try symbols(Self.module, as: "Lua")

        #expect(facts.declarations.map { "\($0.kind) \($0.name) \($0.startLine)-\($0.endLine)" } == [
            "local utils 2-2", "local M 3-4", "function helper 5-10", "function foo 11-19", "function bar 20-23",
            "variable limit 24-24", "function baz 25-27", "variable global_count 28-28", "local a 29-34",
        ])
        #expect(facts.declaredNames == ["bar", "baz", "foo", "global_count", "limit"])
        #expect(facts.declarations[3].codeLines == 8)
        // `baz` calls `foo` through the module table; `foo` calls the local `helper`.
        #expect(facts.internalUses[6].contains(3))
        #expect(facts.internalUses[3].contains(2))
        #expect(facts.uses.contains("foo"))
    }

    /// Nothing inside a block, a table constructor or a long string declares; a loop's own `do` opens no block.
    @Test func blocksBracketsAndLongStringsHoldNoDeclarations() throws {
        let text = """
            local config = {
            name = "x",
            run = function() end,
            }
            while true do
            local skipped = 1
            end
            do
            function hidden() end
            end
            repeat
            x = 1
            until x
            local doc = [[
            function not_here() end
            ]]
            if config then
            y = 2
            end
            function after() end
            """

        let facts = try symbols(text, as: "Lua")

        #expect(facts.declarations.map { "\($0.kind) \($0.name) \($0.startLine)-\($0.endLine)" } == [
            "local config 1-13", "local doc 14-19", "function after 20-20",
        ])
        #expect(facts.declaredNames == ["after"])
    }

    /// A field named like a standard global (`LinkedList:ipairs`) declares no name: every file's bare `ipairs` is the
    /// standard library's.
    @Test func aFieldNamedLikeAStandardGlobalDeclaresNoName() throws {
        let facts = try symbols("local L = {}\nfunction L:ipairs() end\nfunction L:append() end\nL.type = 1\n", as: "Lua")

        #expect(facts.declarations.map(\.name) == ["L", "ipairs", "append", "type"])
        #expect(facts.declaredNames == ["append"])
    }

    /// A field is used only after a dot or colon, and not in a path from a standard global or `vim`: telescope's
    /// state.lua had used `git.status` (builtin/__git.lua) by its parameter `status`, and `vim.treesitter.query.get`
    /// `diagnostics.get`. A global is used bare.
    @Test func aFieldIsUsedOnlyAfterADot() throws {
        let git = try symbols(
            "local git = {}\n\ngit.status = function(opts) end\nfunction git.commits() end\nfunction git_root() end\n"
                + "return git\n", as: "Lua")
        let state = try symbols(
            "local state = {}\nfunction state.set_status(bufnr, status)\n  commits = vim.treesitter.commits(bufnr)\n"
                + "  git_root()\nend\nreturn state\n", as: "Lua")
        let picker = try symbols("local git = require \"telescope.builtin.__git\"\nlocal f = git.status\n", as: "Lua")

        #expect(git.fieldNames == ["commits", "status"])
        #expect(state.memberUses == ["set_status"])
        let edges = SymbolGraph().dependencies([("git.lua", git), ("state.lua", state), ("picker.lua", picker)])
        #expect(edges.map { "\($0.from) → \($0.to) \($0.names)" }
            == ["picker.lua → git.lua [\"status\"]", "state.lua → git.lua [\"git_root\"]"])
    }
}

import FunctionTokens
import Testing

/// Lua's functions by its block structure, with lizard 1.24.3's conditions (its Lua reader is its Ruby one's, so
/// the lines and complexity here are lizard's except where noted).
@Suite struct LuaGrammarTests {
    @Test func declaredFunctionsMethodsAndLocalFunctions() throws {
        // lizard names `M:bar` `M` (its reader knows `.` only) and `M.baz = function` `baz`.
        let lua = try functions(
            """
            local M = {}

            function M.foo(a, b)
              if a and b then
                return 1
              elseif a or b then
                return 2
              end
              return 3
            end

            function M:bar(x)
              for i = 1, 10 do
                while x do
                  x = false
                end
              end
              repeat
                x = x + 1
              until x > 3
            end

            local function helper(t)
              return t
            end

            M.baz = function(y)
              return y
            end

            function a.b.c(z) return z end
            return M
            """, as: "Lua")

        #expect(
            summary(lua) == [
                "M.foo 3-10 ccn=5 nest=1", "M:bar 12-21 ccn=4 nest=2", "helper 23-25 ccn=1 nest=0",
                "M.baz 27-29 ccn=1 nest=0", "a.b.c 31-31 ccn=1 nest=0",
            ])
    }

    @Test func literalsAreNamedByTheirFieldOrByTheirCall() throws {
        let lua = try functions(
            """
            local function helper(t)
              return vim.tbl_map(function(v)
                return v and 1 or 2
              end, t)
            end

            local t = {
              f = function() return 1 end,
              g = 2,
            }

            describe("thing", function()
              it("works", function()
                assert(true)
              end)
            end)
            """, as: "Lua")

        #expect(
            summary(lua) == [
                "helper 1-5 ccn=1 nest=0", "(anonymous) 2-4 ccn=3 nest=0", "f 8-8 ccn=1 nest=0",
                "(anonymous) 12-16 ccn=1 nest=0", "(anonymous) 13-15 ccn=1 nest=0",
            ])
        #expect(lua.map(\.label) == ["helper", "vim.tbl_map callback", "f", "describe('thing') callback", "it('works') callback"])
    }

    @Test func doBlocksAndLoopsCloseAtTheirOwnEnd() throws {
        // A loop's `do` opens nothing more; a plain `do … end` is a block; `repeat … until` closes without `end`.
        let lua = try functions(
            """
            local function walk(tree)
              for _, node in ipairs(
                tree.children) do
                do
                  local x = node
                end
                repeat node = node.next until not node
              end
            end

            local function after() end
            """, as: "Lua")

        #expect(summary(lua) == ["walk 1-9 ccn=3 nest=2", "after 11-11 ccn=1 nest=0"])
    }

    @Test func keywordsInStringsAndCommentsAndRubyWordsAreText() throws {
        // lizard reads `class`, `module`, `begin` and `it` as Ruby's block openers and loses the functions after.
        let lua = try functions(
            """
            local class = require("middleclass") -- function end if
            local s = [[ function end ]] .. "end"
            --[[ function f()
            end ]]
            local function g(begin, module, rescue, when)
              return begin
            end
            """, as: "Lua")

        #expect(summary(lua) == ["g 5-7 ccn=1 nest=0"])
    }
}

import ImportScan
import SourceScan
import Testing

@Suite struct ImportLuaTests {
    @Test func requireCallsWithAStringAreModules() throws {
        let text = """
            local actions = require("telescope.actions")
            local state = require "telescope.state"
            local utils = require('telescope.utils').setup()
            local long = require [[lazy.core.config]]
            local dynamic = require("telescope._extensions." .. name)
            local named = require(name)
            local other = loader.require("not.this")
            -- require("not.a.comment")
            local s = "require('not.a.string')"
            """

        let found = try imports(in: text, as: "Lua")

        #expect(found == [
            ImportFacts(path: "telescope.actions", kind: .module, line: 1),
            ImportFacts(path: "telescope.state", kind: .module, line: 2),
            ImportFacts(path: "telescope.utils", kind: .module, line: 3),
            ImportFacts(path: "lazy.core.config", kind: .module, line: 4),
        ])
    }
}

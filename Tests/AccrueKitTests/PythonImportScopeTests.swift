@testable import AccruePlan
import ImportScan
import SymbolScan
import Testing

/// marshmallow's `exceptions.py` writes `typing.Mapping` and `utils.py` imports `from collections.abc import Mapping`:
/// neither means `fields.py`'s `class Mapping`, yet both files were tied to it.
@Suite struct PythonImportScopeTests {
    private func facts(_ qualifiers: [String: [String]]) -> SymbolFacts {
        var facts = SymbolFacts(declarations: [], declaredNames: [], uses: [])
        facts.qualifiers = qualifiers
        return facts
    }

    @Test func aNameTakenFromOutsideTheProjectIsNoUseOfItsDeclaration() {
        let files = [
            "src/marshmallow/exceptions.py", "src/marshmallow/utils.py", "src/marshmallow/schema.py",
            "src/marshmallow/fields.py",
        ]
        let symbols: [String: SymbolFacts] = [
            "src/marshmallow/exceptions.py": facts(["Mapping": ["typing"], "Any": ["typing"]]),
            "src/marshmallow/utils.py": facts(["abc": ["collections"]]),
            "src/marshmallow/schema.py": facts(["Mapping": ["fields", "typing"], "Nested": ["ma"]]),
        ]
        let imports: [String: [ImportFacts]] = [
            "src/marshmallow/exceptions.py": [ImportFacts(path: "typing", kind: .module, line: 5)],
            "src/marshmallow/utils.py": [
                ImportFacts(path: "collections.abc", kind: .module, line: 13, names: ["Mapping"]),
                ImportFacts(path: "marshmallow.base", kind: .module, line: 17, names: ["FieldABC"]),
            ],
            "src/marshmallow/schema.py": [
                ImportFacts(path: "typing", kind: .module, line: 5),
                ImportFacts(path: "marshmallow", kind: .module, line: 6, alias: "ma"),
                ImportFacts(path: ".", kind: .relative, line: 7, names: ["fields"]),
            ],
        ]
        let scope = PythonImportScope(files: files, facts: symbols) { imports[$0] ?? [] }

        #expect(!scope.sees(user: "src/marshmallow/exceptions.py", name: "Mapping"))
        #expect(!scope.sees(user: "src/marshmallow/utils.py", name: "Mapping"))
        #expect(scope.sees(user: "src/marshmallow/utils.py", name: "FieldABC"))
        // Reached through the project's `fields` too, or through the project by an alias.
        #expect(scope.sees(user: "src/marshmallow/schema.py", name: "Mapping"))
        #expect(scope.sees(user: "src/marshmallow/schema.py", name: "Nested"))
        #expect(scope.sees(user: "src/marshmallow/fields.py", name: "Mapping"))
    }
}

/// tesla's `Tesla.Error` means error.ex's module, not the `Error` compression.ex nests; the standard `JSON` is none of
/// the project's.
@Suite struct ElixirAliasScopeTests {
    private func facts(declared: [String], used: [String]) -> SymbolFacts {
        var facts = SymbolFacts(declarations: [], declaredNames: [], uses: [])
        (facts.qualifiedDeclarations, facts.qualifiedUses) = (declared, used)
        return facts
    }

    @Test func aModuleIsMeantByItsWholeName() {
        let symbols: [String: SymbolFacts] = [
            "lib/tesla/error.ex": facts(declared: ["Tesla.Error"], used: ["Tesla.Error"]),
            "lib/tesla/middleware/compression.ex": facts(
                declared: ["Tesla.Middleware.Compression", "Tesla.Middleware.Compression.Error"], used: []),
            "lib/tesla/middleware/json.ex": facts(declared: ["Tesla.Middleware.JSON"], used: []),
            "lib/tesla/adapter/mint.ex": facts(declared: ["Tesla.Adapter.Mint"], used: ["JSON", "Tesla.Error"]),
        ]
        let scope = ElixirAliasScope(files: Array(symbols.keys), facts: symbols)
        let user = "lib/tesla/adapter/mint.ex"

        #expect(scope.sees(user: user, declarer: "lib/tesla/error.ex", name: "Error"))
        #expect(!scope.sees(user: user, declarer: "lib/tesla/middleware/compression.ex", name: "Error"))
        #expect(!scope.sees(user: user, declarer: "lib/tesla/middleware/json.ex", name: "JSON"))
        #expect(scope.sees(user: "lib/other.py", declarer: "lib/tesla/middleware/json.ex", name: "JSON"))
    }
}

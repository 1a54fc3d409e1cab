@testable import AccruePlan
import ImportScan
import SymbolScan
import Testing

/// PHP-Parser's `Parser/Php7.php` writes `new Stmt\Trait_(…)`: it means `Node\Stmt\Trait_`, not `Builder\Trait_`, yet a
/// name linked every file using it to each file declaring it. A declaration in another namespace is seen only through
/// a `use` or a qualified name.
@Suite struct PHPNamespaceScopeTests {
    private func facts(_ namespace: String?, qualified: [String] = []) -> SymbolFacts {
        var facts = SymbolFacts(declarations: [], declaredNames: [], uses: [])
        facts.namespace = namespace
        facts.qualifiedUses = qualified
        return facts
    }

    @Test func anotherNamespacesNameIsSeenThroughAUseOrAQualifiedName() {
        let declarers: [String: SymbolFacts] = [
            "Builder/Trait_.php": facts("PhpParser\\Builder"),
            "Node/Stmt/Trait_.php": facts("PhpParser\\Node\\Stmt"),
            "Parser/Php7.php": facts("PhpParser\\Parser", qualified: ["PhpParser\\Node\\Stmt", "Stmt\\Trait_"]),
            "BuilderFactory.php": facts("PhpParser"),
            "Builder/Class_.php": facts("PhpParser\\Builder"),
            "Legacy.php": facts(nil),
        ]
        let imports: [String: [ImportFacts]] = [
            "BuilderFactory.php": [ImportFacts(path: "PhpParser\\Builder\\Trait_", kind: .module, line: 3)],
            "Builder/Class_.php": [ImportFacts(path: "PhpParser\\Node", kind: .module, line: 3)],
        ]
        let scope = PHPNamespaceScope(facts: declarers) { imports[$0] ?? [] }

        // Qualified by the namespace a use names: the Stmt one only.
        #expect(scope.sees(user: "Parser/Php7.php", declarer: "Node/Stmt/Trait_.php", name: "Trait_"))
        #expect(!scope.sees(user: "Parser/Php7.php", declarer: "Builder/Trait_.php", name: "Trait_"))
        // Imported by its full name; a namespace above it imported.
        #expect(scope.sees(user: "BuilderFactory.php", declarer: "Builder/Trait_.php", name: "Trait_"))
        #expect(!scope.sees(user: "BuilderFactory.php", declarer: "Node/Stmt/Trait_.php", name: "Trait_"))
        #expect(scope.sees(user: "Builder/Class_.php", declarer: "Node/Stmt/Trait_.php", name: "Trait_"))
        // Its own namespace; and a file without one sees every declarer.
        #expect(scope.sees(user: "Builder/Class_.php", declarer: "Builder/Trait_.php", name: "Trait_"))
        #expect(scope.sees(user: "Legacy.php", declarer: "Builder/Trait_.php", name: "Trait_"))
    }
}

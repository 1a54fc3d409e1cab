import SymbolScan
import Testing

/// A PHP name counts its declarers in each namespace apart: the namespaces tell them apart.
@Suite struct SymbolGraphNamespaceTests {
    /// doctrine/dbal: `src/Connection.php` (`Doctrine\DBAL\Connection`) and nine drivers' `Connection`s had made the
    /// name too common to link, so the 20 files with `use Doctrine\DBAL\Connection;` used nothing of it.
    @Test func aNameDeclaredInManyNamespacesStillLinksWithinOne() throws {
        let drivers = ["Mysqli", "OCI8", "PgSQL", "SQLite3", "IBMDB2", "SQLSrv"]
        var files = try drivers.map { driver in
            (path: "src/Driver/\(driver)/Connection.php", facts: try symbols(
                "<?php\nnamespace Doctrine\\DBAL\\Driver\\\(driver);\n\nfinal class Connection\n{\n}\n", as: "PHP"))
        }
        files.append((path: "src/Connection.php", facts: try symbols(
            "<?php\nnamespace Doctrine\\DBAL;\n\nclass Connection\n{\n}\n", as: "PHP")))
        files.append((path: "src/Query/QueryBuilder.php", facts: try symbols(
            "<?php\nnamespace Doctrine\\DBAL\\Query;\n\nuse Doctrine\\DBAL\\Connection;\n\nclass QueryBuilder\n{\n"
                + "    public function __construct(private readonly Connection $connection)\n    {\n    }\n}\n",
            as: "PHP")))
        let sameName = (1...6).map { index in
            (path: "lib/\(index).php", facts: SymbolFacts(declarations: [], declaredNames: ["Helper"], uses: []))
        }
        let user = (path: "lib/user.php", facts: SymbolFacts(declarations: [], declaredNames: [], uses: ["Helper"]))

        let edges = SymbolGraph().dependencies(files) { _, declarer, _ in
            declarer == "src/Connection.php"
        }

        #expect(edges.map { "\($0.from) → \($0.to) \($0.names)" }
            == ["src/Query/QueryBuilder.php → src/Connection.php [\"Connection\"]"])
        // Without namespaces, six declarers still make a name too common to link.
        #expect(SymbolGraph().dependencies(sameName + [user]).isEmpty)
    }
}

import AccrueKit
import Foundation
import RuleCatalog
import Testing
import TestSupport

@Suite struct ReexportEdgesTests {
    @Test func importersOfAReexportingModuleReachWhatItPassesOn() throws {
        let path = try FixtureRepository.materialize("modules-reexports")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))

        let edges = report.edges.map { "\($0.from)->\($0.to)" + ($0.via.map { " via " + $0.joined(separator: ",") } ?? "") }
        #expect(edges.sorted() == [
            "Lex->Bytes",
            "Report->Bytes",
            "Report->Lex via Scan",
            "Report->Scan",
            "Rules->Bytes via Scan",
            "Rules->Lex via Scan",
            "Rules->Scan",
            "Scan->Bytes via Lex",
            "Scan->Lex",
            "ScanTests->Bytes via Scan",
            "ScanTests->Lex via Scan",
            "ScanTests->Scan",
        ])
        // An edge through a re-export starts at the import of the module passing it on.
        let rulesToBytes = try #require(report.edges.first { $0.from == "Rules" && $0.to == "Bytes" })
        #expect(rulesToBytes.firstImport == "Sources/Rules/Rule.swift:1")
        #expect(rulesToBytes.files == ["Sources/Rules/Rule.swift"])
        // Bytes has three shipping importers now, Lex two: what a change to them ripples into.
        let afferent = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0.afferent) })
        #expect(afferent["Bytes"] == 4)
        #expect(afferent["Lex"] == 3)
        // A module need not declare what its dependency passes on, nor use directly what it declares for it.
        for module in report.modules {
            #expect(module.usedButUndeclared.isEmpty, "\(module.declaration.name): \(module.usedButUndeclared)")
            #expect(module.declaredButUnused.isEmpty, "\(module.declaration.name): \(module.declaredButUnused)")
        }
    }
}

import AccrueKit
@testable import AccruePlan
import DebtLedger
import FileScanning
import Foundation
import RuleCatalog
import Planning
import SymbolScan
import Testing
import TestSupport

/// What the balance-abstractness stage reads from a scan: which declarations are abstract, which concrete types
/// have behaviour their dependents call.
@Suite struct AbstractionInputTests {
    private func isAbstract(_ text: String, python: Bool = true) -> Bool? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let declaration = Declaration(name: "Store", kind: "class", startLine: 1, endLine: lines.count, codeLines: lines.count)
        return PlanInputBuilder.isAbstract(declaration, in: lines, python: python)
    }

    @Test func aPythonProtocolOrAbstractBaseClassIsAbstractAsTheScanCountsIt() {
        #expect(isAbstract("class Store(Protocol):\n    def save(self) -> None: ...") == true)
        #expect(isAbstract("class Store(typing.Protocol[T]):\n    pass") == true)
        #expect(isAbstract("class Store(abc.ABC):\n    pass") == true)
        #expect(isAbstract("class Store(t.Protocol):  # import typing as t\n    pass") == true)
        #expect(isAbstract("class Store(protocol.Protocol):\n    pass") == false)
        #expect(isAbstract("class Store(\n    Base,\n    metaclass=ABCMeta,\n):\n    pass") == true)
        // A concrete class, whatever its body says; asyncio's Protocol is a concrete transport base.
        #expect(isAbstract("class Store(Base):\n    kind = ABC\n    proto: Protocol") == false)
        #expect(isAbstract("class Store(asyncio.Protocol):\n    pass") == false)
        #expect(isAbstract("class Store:  # not an ABC\n    pass") == false)
    }

    @Test func constructionEqualityPrintingAndAccessorsAreNoBehaviour() {
        let plumbing = ["init", "__init__", "__eq__", "Store", "equals", "hashCode", "toString", "getName", "setName",
                        "isEmpty", "fmt", "new", "(anonymous)", "description", "String", "if", "foreach"]
        #expect(plumbing.filter { PlanInputBuilder.isBehaviour($0, of: "Store") }.isEmpty)
        #expect(["load", "save", "GetItems", "issue", "settle", "_flush", "resolve"].allSatisfy {
            PlanInputBuilder.isBehaviour($0, of: "Store")
        })
    }

    @Test func staticMembersAndPropertiesAreNoInstanceBehaviour() {
        let swift: [Substring] = ["struct S {", "    static func make() -> S { S() }", "    class func kind() {}", "    func run() {}", "}"]
        #expect([2, 3, 4].map { PlanInputBuilder.isStatic(at: $0, in: swift, rust: false) } == [true, true, false])
        let python: [Substring] = [
            "class S:", "    @staticmethod", "    def make():", "    @property", "    def name(self):", "    def run(self):",
        ]
        #expect([3, 5, 6].map { PlanInputBuilder.isStatic(at: $0, in: python, rust: false) } == [true, true, false])
        let rust: [Substring] = [
            "impl S {", "    pub fn new() -> Self { S }", "    pub fn run(&self) {}", "    pub fn push(", "        &mut self,", "    ) {}",
        ]
        #expect([2, 3, 4].map { PlanInputBuilder.isStatic(at: $0, in: rust, rust: true) } == [true, false, false])
    }

    /// Core (SwiftPM) is imported by A, B and C, which all call `Store`'s `load` and read `Settings`' `name`.
    private let shop = [
        "Package.swift": """
            // swift-tools-version:5.9
            import PackageDescription
            let package = Package(name: "Shop", targets: [
                .target(name: "Core"),
                .target(name: "A", dependencies: ["Core"]),
                .target(name: "B", dependencies: ["Core"]),
                .target(name: "C", dependencies: ["Core"]),
            ])

            """,
        "Sources/Core/Store.swift": """
            public final class Store {
                public init() {}
                public func load() -> Int { 1 }
                func reset() {}
            }

            """,
        "Sources/Core/Settings.swift": """
            public struct Settings {
                public var name: String
                public init(name: String) { self.name = name }
            }

            """,
        "Sources/Core/Ledger.swift": "public struct Ledger {\n    public func post() {}\n}\n",
    ].merging(["A", "B", "C"].map { name in
        ("Sources/\(name)/\(name).swift",
         "import Core\n\npublic func \(name.lowercased())() -> Int {\n    Settings(name: \"\(name)\").name.count + Store().load()\n}\n")
    }) { a, _ in a }

    @Test func theDependentsOfAStableConcreteModuleCallTheMethodsOfOneTypeAndOnlyReadTheOther() throws {
        let path = try FixtureRepository.committed(shop, prefix: "abstraction-methods")

        let report = try plan(path)

        // A 0 of 3 types, I 0: 3 interfaces needed; `Store` has behaviour they call, `Settings` is data they read.
        #expect(report.plan.stages.filter { $0.kind == .balanceAbstractness }.isEmpty)
        #expect(report.plan.unplanned.first { $0.rule == "main-sequence-distance" }?.reasons == [
            "Core: A 0.00 (0 of 3 types abstract), I 0.00, D 1.00 needs 3 new abstract types to come within 0.50, but its "
                + "dependents call methods of 1 of its concrete types and use 1 more only as data they read, which an "
                + "interface would not shield them from; 1 interface would leave D at 0.75, which saves nothing",
        ])
    }

    @Test func theDistancesPrincipalGrowsWithTheDependentsFilesByHand() throws {
        // Core is imported by one file each of A, B and C: 8 h to declare the interfaces, then 0.25 h for each of the
        // 3 files that takes them (rules/debt/main-sequence-distance.yaml).
        let path = try FixtureRepository.committed(shop, prefix: "distance-principal")
        let catalog = try RuleCatalog.bundled()

        let report = try ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
            .run(FileScanRequest(repositoryPath: path, revision: "HEAD"), history: HistoryRequest(now: Date()))

        let finding = try #require(report.findings.first { $0.rule == "main-sequence-distance" })
        #expect(finding.principal.units == 3 && finding.principal.hours == 8 + 0.25 * 3)
    }
}

@testable import AccruePlan
import ImportScan
import SymbolScan
import Testing

/// A Python relative import uses the file it names, whether or not a declaration carries the names (tqdm's
/// `from .version import __version__`, an assignment; requests' `from .status_codes import codes`).
@Suite struct PlanPythonImportsTests {
    @Test func relativeImportsLinkTheFilesTheyName() {
        let files = [
            "tqdm/__init__.py", "tqdm/version.py", "tqdm/contrib/__init__.py", "tqdm/contrib/bells.py", "tqdm/std.py",
        ]
        let imports: [String: [ImportFacts]] = [
            "tqdm/__init__.py": [
                ImportFacts(path: ".version", kind: .relative, line: 9, names: ["__version__"]),
                ImportFacts(path: ".std", kind: .relative, line: 6, names: ["tqdm"]),
                ImportFacts(path: "warnings", kind: .module, line: 22),
            ],
            "tqdm/contrib/bells.py": [
                ImportFacts(path: "..std", kind: .relative, line: 1, names: ["tqdm"]),
                ImportFacts(path: ".", kind: .relative, line: 2, names: ["tenumerate"]),
                ImportFacts(path: "...outside", kind: .relative, line: 3),
            ],
        ]
        let symbols = [FileDependency(from: "tqdm/__init__.py", to: "tqdm/std.py", weight: 3, names: ["tqdm", "trange"])]

        let merged = PlanInputBuilder.withRelativeImports(symbols, files: files) { imports[$0] ?? [] }

        // The symbols' own edge stays as it was; `.` names the package itself, which no file import reaches here.
        #expect(merged.map { "\($0.from)->\($0.to) \($0.weight)" } == [
            "tqdm/__init__.py->tqdm/std.py 3", "tqdm/__init__.py->tqdm/version.py 1",
            "tqdm/contrib/bells.py->tqdm/std.py 1",
        ])
    }
}

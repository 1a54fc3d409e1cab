import AccrueKit
import FileScanning
import ImportScan
import ModuleGraph
import Planning

extension PlanInputBuilder.EdgeReader {
    /// The strings of the repository's Python files that name files of `modules` by their dotted module path (the
    /// scan's `.path` imports ModuleGraph resolves to a file: `PythonReference`), by the named file's module:
    /// Planning's `PlanModule.dottedReferences`. `owners` are the modules of files, `tests` the paths of test code, whose
    /// strings a split rewrites but whose imports make no module depend on another.
    func dottedReferences(
        to modules: Set<String>, owners: [String: String], tests: Set<String>
    ) -> [String: [DottedReference]] {
        guard !modules.isEmpty else { return [:] }
        var result: [String: [DottedReference]] = [:]
        for (path, file) in reports where styles[file.language] == "python" {
            for facts in file.imports where facts.kind == .path {
                guard let reference = resolver.pythonReference(facts, in: path, language: file.language),
                    modules.contains(names[reference.module]), reference.file != path
                else { continue }
                result[names[reference.module], default: []].append(DottedReference(
                    from: path, fromModule: owners[path] ?? "", fromTest: tests.contains(path), line: facts.line,
                    to: reference.file, modulePath: reference.modulePath, name: reference.name,
                    attribute: reference.attribute))
            }
        }
        return result.mapValues { $0.sorted { ($0.from, $0.line, $0.text) < ($1.from, $1.line, $1.text) } }
    }
}

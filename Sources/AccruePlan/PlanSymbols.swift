import AccrueKit
import FileScanning
import RuleCatalog
import SourceScan
import SymbolScan
import FileClassification

/// Reads files again from the scanned snapshot and extracts their declarations and uses, on all cores.
///
/// Only the files a plan needs (oversized modules, their callers, cycle sites, oversized files) are
/// read a second time; the scan itself keeps no tokens. Files of data, configuration, markup and prose
/// (`non_code_languages`) have no facts: a CHANGELOG's "the base class for events" declares no class `for`, and
/// the names it mentions are no uses (symfony's http-kernel offered `for` and `from` to an interface). Nor have
/// markup and stylesheets (a language's `markup`): scrapy's HTML pages "used" the classes their text names.
struct PlanSymbols {
    let catalog: RuleCatalog
    let source: FileSource
    let workers: Int

    /// Facts by path for `paths` (files of unknown language, of a language that is no code, or unreadable are
    /// left out).
    func facts(for paths: [String]) -> [String: SymbolFacts] {
        let table = catalog.languages
        let extractors = table.languages.map(SymbolExtractor.init(language:))
        let nonCode = Set(catalog.scan.nonCodeLanguages)
        let isCode = table.languages.map { !nonCode.contains($0.name) && !$0.markup }
        let unique = Array(Set(paths)).sorted()
        let results = ParallelMap.run(count: unique.count, workers: workers) { () -> (Int) -> SymbolFacts? in
            return { index in
                let path = unique[index]
                guard let language = table.language(forPath: path), isCode[language], let bytes = source.read(path)
                else { return nil }
                return bytes.withUnsafeBufferPointer { buffer in
                    extractors[language].symbols(in: table.codeTokens(of: buffer, language: language), bytes: buffer)
                }
            }
        }
        var byPath: [String: SymbolFacts] = [:]
        for (path, facts) in zip(unique, results) { if let facts { byPath[path] = facts } }
        return byPath
    }
}

import FileClassification
import SourceScan

/// Which files hold code the debt model judges: a known language not among `non_code_languages` (data,
/// configuration, markup and prose, `rules/scan.yaml`). One answer for module budgets, change coupling and the
/// gate's untracked files.
package struct CodeLanguages: Sendable {
    private let classifier: FileClassifier
    private let names: [String]
    private let nonCode: Set<String>

    package init(
        languages: LanguageTable, settings: ScanSettings, firstPartyFolders: Set<String> = [],
        releaseCopies: Set<String> = [], scaffoldingFolders: Set<String> = []
    ) {
        var classifier = FileClassifier(settings: settings, languages: languages)
        classifier.firstPartyFolders = firstPartyFolders
        classifier.releaseCopies = releaseCopies
        classifier.scaffoldingFolders = scaffoldingFolders
        self.classifier = classifier
        names = languages.languages.map(\.name)
        nonCode = Set(settings.nonCodeLanguages)
    }

    package func isCode(language: String) -> Bool { !nonCode.contains(language) }

    /// Whether `path` holds code, by its name; nil when only its first line could tell (a script without extension).
    package func isCode(path: String) -> Bool? {
        switch classifier.classify(path: path) {
        case .language(let index): isCode(language: names[index])
        case .needsShebang: nil
        case .excluded: false
        }
    }
}

import Foundation
import SymbolScan

/// Which top-level names of a JVM or .NET file its module keeps to itself, by the modifiers written before each
/// declaration's name on its line: a Java type without `public` or `protected` (package-private), a Kotlin
/// declaration marked `internal` or `private`, a Scala one `private` or `private[…]`, a C# type without `public`
/// (`internal` is a top-level type's default). A module split makes those public for the files left behind; the others
/// already are (gson's `JsonNull`, `JsonArray`… are public: its plan had asked to make them so). Empty for other
/// languages, and for a declaration whose modifiers are on another line.
enum PlanVisibility {
    static let extensions: Set<Substring> = ["java", "kt", "kts", "scala", "cs"]

    /// The names among `declarations` of the file at `path` (its text `lines`) its module keeps to itself.
    static func moduleInternalNames(_ declarations: [Declaration], path: String, lines: [Substring]) -> [String] {
        guard let language = path.split(separator: ".").last, extensions.contains(language) else { return [] }
        return declarations.compactMap { declaration in
            guard declaration.startLine >= 1, declaration.startLine <= lines.count else { return nil }
            let line = lines[declaration.startLine - 1]
            guard let name = line.range(of: " " + declaration.name) else { return nil }
            let modifiers = line[..<name.lowerBound]
            let words = Set(modifiers.split { !$0.isLetter })
            let isInternal =
                switch language {
                case "java": !words.contains("public") && !words.contains("protected")
                case "cs": !words.contains("public")
                case "scala": words.contains("private")
                default: words.contains("internal") || words.contains("private")
                }
            return isInternal ? declaration.name : nil
        }
    }
}

import Foundation
import SymbolScan

/// How much of a file over its size is deprecated code, which is repaid by removing it when its deprecation ends:
/// split first, it would be churned on its way out (swift-composable-architecture's 3,647-line
/// `Internal/Deprecations.swift` got ten split stages).
///
/// A declaration is deprecated when the lines attached above it (attributes and doc comments, up to a blank line or a
/// closing brace) or its own first line carry a deprecation: Swift's `@available(*, deprecated …)`, Kotlin's and
/// Java's `@Deprecated`, Rust's `#[deprecated]`, a doc comment's `@deprecated` (PHP, JavaScript, TypeScript), Go's
/// `// Deprecated:`, Python's `@deprecated`, C#'s `[Obsolete]`. A file named for its deprecations
/// (`Deprecations.swift`, `deprecated.py`) is deprecated whole.
enum PlanDeprecations {
    /// Lines looked at above a declaration, at most.
    static let reach = 16

    /// The code lines of `declarations` (of the file at `path`, whose text is `lines`) that are deprecated.
    static func codeLines(_ declarations: [Declaration], path: String, lines: [Substring]) -> Int {
        let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
        if name.contains("deprecat") { return declarations.reduce(0) { $0 + $1.codeLines } }
        return declarations.filter { isDeprecated($0, lines: lines) }.reduce(0) { $0 + $1.codeLines }
    }

    /// Whether the lines attached above `declaration`, or its first, mark it deprecated.
    static func isDeprecated(_ declaration: Declaration, lines: [Substring]) -> Bool {
        var index = declaration.startLine - 1
        guard index >= 0, index < lines.count else { return false }
        if marks(lines[index]) { return true }
        index -= 1
        while index >= 0, index >= declaration.startLine - 1 - reach {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("}") { return false }
            if marks(Substring(line)) { return true }
            index -= 1
        }
        return false
    }

    /// Whether a line carries a deprecation mark: an annotation, attribute, tag or macro (`@deprecated`,
    /// `@Deprecated(…)`, `#[deprecated]`, `[Obsolete]`, `@available(…, deprecated …)`, `.. deprecated::`,
    /// `API_DEPRECATED(…)`, `__deprecated`), or a comment or attribute argument that opens with the word (Go's
    /// `// Deprecated: use X`, a multi-line `@available`'s `deprecated,`). Prose that mentions it is none: NLog's
    /// `ScopeContext` doc says the classes it replaces "have been deprecated", which had made the whole class
    /// deprecated code (679 of its 685 lines) and kept it from a split.
    static func marks(_ line: Substring) -> Bool {
        let lower = line.lowercased()
        if lower.contains("[obsolete") { return true }
        guard lower.contains("deprecated"), !lower.contains("non-deprecated") else { return false }
        let tags = ["@deprecated", "#[deprecated", ".. deprecated::", "__deprecated"]
        if tags.contains(where: lower.contains) || (lower.contains("@available") && lower.contains("deprecated")) {
            return true
        }
        if line.contains("_DEPRECATED") || line.contains("DEPRECATED_") { return true }
        return lower.drop { " \t/*#!-<>".contains($0) }.hasPrefix("deprecated")
    }
}

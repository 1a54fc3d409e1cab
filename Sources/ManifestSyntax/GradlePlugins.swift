import SourceScan

/// What a Gradle build script's plugins say about what its project ships, read from its tokens: whether it makes
/// Gradle plugins (build logic: `java-gradle-plugin`, `groovy-gradle-plugin`, Kotlin's `` `kotlin-dsl` ``, a
/// `gradlePlugin { … }` block) and whether it publishes anything (`maven-publish`, `com.gradle.plugin-publish`,
/// `com.vanniktech.maven.publish`, a catalog alias `libs.plugins.maven.publish`, a `publishing { … }` block).
package struct GradlePlugins: Sendable {
    package private(set) var makesPlugins = false
    package private(set) var publishes = false

    private static let pluginDevelopment: Set<String> = ["java-gradle-plugin", "groovy-gradle-plugin", "kotlin-dsl"]

    package init(_ tokens: [ManifestTokens.Item]) {
        for name in Self.names(in: tokens) {
            makesPlugins = makesPlugins || Self.pluginDevelopment.contains(name)
            publishes = publishes || name.lowercased().contains("publish")
        }
        for index in tokens.indices.dropLast()
        where tokens[index].kind == .word && tokens[index + 1].text.hasPrefix("{") {
            makesPlugins = makesPlugins || tokens[index].text == "gradlePlugin"
            publishes = publishes || tokens[index].text == "publishing"
        }
    }

    /// The plugin names the script writes: its strings (`id("maven-publish")`, `apply plugin: 'x'`), its backticked
    /// names (`` `kotlin-dsl` ``) and its version catalog's plugin aliases (`alias(libs.plugins.maven.publish)`), read
    /// from the tokens written without a space between them, glued back.
    private static func names(in tokens: [ManifestTokens.Item]) -> [String] {
        var names: [String] = []
        var run = ""
        func finish() {
            for piece in run.split(whereSeparator: { !($0.isLetter || $0.isNumber || "._-`".contains($0)) }) {
                if piece.count > 2 && piece.hasPrefix("`") && piece.hasSuffix("`") {
                    names.append(String(piece.dropFirst().dropLast()))
                } else if piece.hasPrefix("libs.plugins.") {
                    names.append(String(piece))
                }
            }
            run = ""
        }
        for token in tokens {
            if token.isSpaced || token.kind == .string { finish() }
            if token.kind == .string { names.append(token.unquoted) } else { run += token.text }
        }
        finish()
        return names
    }
}

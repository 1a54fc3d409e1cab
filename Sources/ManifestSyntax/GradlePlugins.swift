import SourceScan

/// What a Gradle build script's plugins say about what its project ships, read from its tokens: whether it makes
/// Gradle plugins (build logic: `java-gradle-plugin`, `groovy-gradle-plugin`, Kotlin's `` `kotlin-dsl` ``, a
/// `gradlePlugin { … }` block) and whether it publishes anything (`maven-publish`, `com.gradle.plugin-publish`,
/// `com.vanniktech.maven.publish`, a catalog alias `libs.plugins.maven.publish`, a `publishing { … }` block), and
/// whether it is a benchmark (`me.champeau.jmh`, `org.jetbrains.kotlinx.benchmark`, `androidx.benchmark`, a catalog
/// alias ending `benchmark` or `jmh`; not one applied later, `apply false`: koin's `:core:benchmark`), and whether
/// it is an Android test project (`com.android.test`, `libs.plugins.android.test`: coil's `:internal:benchmark`, a
/// macrobenchmark app testing another project's APK).
package struct GradlePlugins: Sendable {
    package private(set) var makesPlugins = false
    package private(set) var publishes = false
    package private(set) var measures = false
    package private(set) var tests = false

    private static let benchmarks: Set<String> = [
        "me.champeau.jmh", "me.champeau.gradle.jmh", "org.jetbrains.kotlinx.benchmark", "androidx.benchmark",
    ]

    private static let androidTests: Set<String> = ["com.android.test", "libs.plugins.android.test"]

    private static let pluginDevelopment: Set<String> = ["java-gradle-plugin", "groovy-gradle-plugin", "kotlin-dsl"]

    package init(_ tokens: [ManifestTokens.Item]) {
        let later = Self.appliedLater(tokens)
        for (name, line) in Self.names(in: tokens) { note(name, appliedNow: !later.contains(line)) }
        for index in tokens.indices.dropLast()
        where tokens[index].kind == .word && tokens[index + 1].text.hasPrefix("{") {
            makesPlugins = makesPlugins || tokens[index].text == "gradlePlugin"
            publishes = publishes || tokens[index].text == "publishing"
        }
    }

    /// What the plugin `name` says; a benchmark or test plugin only when applied now, not later (`apply false`).
    private mutating func note(_ name: String, appliedNow: Bool) {
        makesPlugins = makesPlugins || Self.pluginDevelopment.contains(name)
        publishes = publishes || name.lowercased().contains("publish")
        measures = measures || (appliedNow && Self.isBenchmark(name))
        tests = tests || (appliedNow && Self.androidTests.contains(name))
    }

    /// The plugin names the script writes: its strings (`id("maven-publish")`, `apply plugin: 'x'`), its backticked
    /// names (`` `kotlin-dsl` ``) and its version catalog's plugin aliases (`alias(libs.plugins.maven.publish)`), read
    /// from the tokens written without a space between them, glued back; each with its line.
    private static func names(in tokens: [ManifestTokens.Item]) -> [(String, Int)] {
        var names: [(String, Int)] = []
        var run = ""
        var line = 0
        func finish() {
            for piece in run.split(whereSeparator: { !($0.isLetter || $0.isNumber || "._-`".contains($0)) }) {
                if piece.count > 2 && piece.hasPrefix("`") && piece.hasSuffix("`") {
                    names.append((String(piece.dropFirst().dropLast()), line))
                } else if piece.hasPrefix("libs.plugins.") {
                    names.append((String(piece), line))
                }
            }
            run = ""
        }
        for token in tokens {
            if token.isSpaced || token.kind == .string { finish() }
            if run.isEmpty { line = token.line }
            if token.kind == .string { names.append((token.unquoted, token.line)) } else { run += token.text }
        }
        finish()
        return names
    }

    /// The lines of plugins put on the classpath only, `apply false` (`alias(libs.plugins.x) apply false`).
    package static func appliedLater(_ tokens: [ManifestTokens.Item]) -> Set<Int> {
        let applies = tokens.indices.dropLast().filter { tokens[$0].text == "apply" && tokens[$0 + 1].text == "false" }
        return Set(applies.map { tokens[$0].line })
    }

    /// A benchmark plugin's id, or a catalog alias naming one (`libs.plugins.kotlinx.benchmark`, `libs.plugins.jmh`).
    private static func isBenchmark(_ name: String) -> Bool {
        if benchmarks.contains(name) { return true }
        guard name.hasPrefix("libs.plugins."), let last = name.split(separator: ".").last else { return false }
        return last == "benchmark" || last == "jmh"
    }
}

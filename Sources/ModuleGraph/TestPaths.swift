import SourceScan

/// Which paths are test code by their path alone (`ModuleSettings.testPaths`, rules/modules.yaml).
///
/// Below a JVM source set's language folder (`src/main/java/`, `src/commonMain/kotlin/`) the folders spell a package
/// name, not a layout: a glob is matched against the path without them. nowinandroid's
/// `core/ui/src/main/kotlin/com/google/samples/apps/nowinandroid/core/ui/NewsFeed.kt` is read as
/// `core/ui/src/main/kotlin/NewsFeed.kt`, so the package `com.google.samples` is no `samples/` folder of example
/// apps (and `com.example` none of `example/`), while `src/test/kotlin/…` and `NewsFeedTest.kt` stay tests.
public struct TestPaths: Sendable {
    private let globs: [PathGlob]

    public init(_ patterns: [String]) {
        globs = patterns.map(PathGlob.init)
    }

    public func contains(_ path: String) -> Bool { contains(utf8: Array(path.utf8)) }

    public func contains(utf8 bytes: [UInt8]) -> Bool {
        let layout = Self.withoutPackage(bytes) ?? bytes
        return globs.contains { $0.matches(utf8: layout) }
    }

    private static let jvmLanguages: [[UInt8]] = ["java", "kotlin", "scala", "groovy"].map { Array($0.utf8) }

    /// The path with the package folders below `src/<set>/<language>/` left out; nil when it has none.
    static func withoutPackage(_ bytes: [UInt8]) -> [UInt8]? {
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "/") { starts.append(index + 1) }
        // Segments k ("src"), k + 1 (the source set), k + 2 (the language), then at least one package folder.
        guard starts.count >= 5 else { return nil }
        func segment(_ k: Int) -> ArraySlice<UInt8> { bytes[starts[k]..<(starts[k + 1] - 1)] }
        for k in 0...(starts.count - 5) where segment(k).elementsEqual("src".utf8) {
            guard jvmLanguages.contains(where: { segment(k + 2).elementsEqual($0) }) else { continue }
            return Array(bytes[..<starts[k + 3]] + bytes[starts[starts.count - 1]...])
        }
        return nil
    }
}

extension ModuleSettings {
    /// The matcher of `testPaths`.
    public var testPathMatcher: TestPaths { TestPaths(testPaths) }
}

/// Java, Kotlin, Scala and Groovy source files, and the folders their packages start below: for import resolution
/// (`ImportResolver`) and the packages modules share (Manifests' `DeclaredReferences`).
public enum JVMSources {
    /// The endings of their source files.
    public static let endings = [".java", ".kt", ".scala", ".groovy"]

    /// Whether `path` is a Java, Kotlin, Scala or Groovy source file.
    public static func isSource(_ path: String) -> Bool {
        endings.contains { path.hasSuffix($0) }
    }

    /// Whether `folder` is a source set's language folder: `java`, `kotlin`, `scala`, `groovy`, or one for some
    /// compiler versions (sbt's `scala-2.13+`, `scala-3`; a multi-release jar's `java11`).
    public static func isLanguageFolder(_ folder: Substring) -> Bool {
        ["java", "kotlin", "scala", "groovy"].contains { folder == $0 || folder.hasPrefix($0 + "-") }
            || folder.hasPrefix("java1")
    }
}

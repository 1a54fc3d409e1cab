extension ModuleNaming {
    /// A JVM file's path from its source set's `src/` (`src/main/java/com/google/auto/value/Serializer.java`), the
    /// name being `fileName`: its folders are its package, which a move keeps. google/auto's value/processor/pom.xml
    /// lists value/src/main/java's files one by one, and its split had sent them to `value/serializer/Serializer.java`.
    static func jvmSourcePath(of path: String, fileName: String) -> String? {
        let parts = path.split(separator: "/")
        let languages: Set<Substring> = ["java", "kotlin", "scala", "groovy"]
        guard let src = parts.indices.last(where: { index in
            parts[index] == "src" && index + 3 < parts.count && languages.contains(parts[index + 2])
        }) else { return nil }
        return (parts[src..<(parts.count - 1)].map(String.init) + [fileName]).joined(separator: "/")
    }
}

/// Go files that are one file built for different platforms: `bolt_unix.go`, `bolt_windows.go`, `bolt_aix.go` each
/// declare bbolt's `flock`, and the go tool builds one of them. They count as one declarer of the names they share,
/// so that `SymbolGraph.maximumDeclarers` does not take a platform's function for a name every file declares (db.go's
/// calls of `flock`, `mmap` and `funlock` had linked no file).
enum PlatformVariants {
    /// Operating systems and architectures of Go's file-name constraints (`_linux.go`, `_amd64.go`), with `unix`,
    /// the build tag such files are conventionally named after.
    static let platforms: Set<Substring> = [
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd",
        "openbsd", "plan9", "solaris", "wasip1", "windows", "zos", "unix", "posix", "bsd", "386", "amd64", "arm",
        "arm64", "loong64", "mips", "mips64", "mips64le", "mipsle", "ppc64", "ppc64le", "riscv64", "s390x", "wasm",
    ]

    /// The file `path` is a variant of: a Go file's path without its platform suffixes (`bolt_linux_amd64.go` →
    /// `bolt.go`); any other path itself.
    static func base(of path: String) -> String {
        guard path.hasSuffix(".go"), !path.hasSuffix("_test.go") else { return path }
        var stem = path.dropLast(3)
        while let underscore = stem.lastIndex(of: "_"), !stem[..<underscore].hasSuffix("/"),
            platforms.contains(stem[stem.index(after: underscore)...])
        {
            stem = stem[..<underscore]
        }
        return stem + ".go"
    }
}

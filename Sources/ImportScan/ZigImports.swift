import SourceScan

/// Zig: `@import("file.zig")`, a file relative to the importing one, and `@import("name")`, a module the build names
/// (`std`, `builtin`, `root`, or one `build.zig` adds), by name. `@cImport` is C, read by no grammar here.
enum ZigImports {
    static func read(_ reader: inout ImportReader) {
        var position = 0
        while position < reader.count {
            guard reader.isWord(position, "import"), reader.isPunct(position - 1, "@"),
                reader.isPunct(position + 1, "("), reader.isString(position + 2)
            else {
                position += 1
                continue
            }
            let name = reader.unquoted(at: position + 2)
            if !name.isEmpty {
                let isFile = name.hasSuffix(".zig") || name.hasSuffix(".zon")
                reader.add(name, isFile ? .relative : .module, line: reader.line(at: position))
            }
            position += 3
        }
    }
}

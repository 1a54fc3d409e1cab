import BuildManifests
import ModuleGraph

/// Reads an Erlang/OTP application resource file as text (never run): each `src/NAME.app.src` (or the
/// `NAME.app.src.script` rebar3 evaluates into one) declares the
/// application `NAME`, ecosystem `otp`, owning the folder that holds `src/` (a rebar3 umbrella's `apps/vmq_server`,
/// erlang.mk's and OTP's own `lib/stdlib`; a single application at the repository root owns the root). Its
/// declared dependencies are the atoms of its `applications` and `included_applications` lists (`kernel` and
/// `stdlib` among them, which no module answers to). An application whose folder has a `mix.exs` is Mix's
/// (`MixManifest`): emqx's apps have both. Erlang code calls modules, not applications, so imports resolve to the
/// files defining them (`mod.erl`), whatever application holds them.
public struct OTPApplicationManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { [] }

    /// Discovery offers files by their last extension: every `….src`, of which this reads the `.app.src`, and every
    /// `….script`, of which the `.app.src.script` rebar3 evaluates into one (rebar3's own
    /// `rebar.app.src.script`): its terms are read as written, never run, and only where no `.app.src` lies beside
    /// it.
    public var manifestExtensions: Set<String> { ["src", "script"] }

    private static let endings = [".app.src", ".app.src.script"]

    public func handles(path: String) -> Bool {
        let name = ManifestText.fileName(of: path)
        return Self.endings.contains { name.hasSuffix($0) && name.count > $0.count }
    }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard handles(path: path) else { return ([], []) }
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let folder = ManifestContext.folder(of: path)
        let root = ManifestText.fileName(of: folder) == "src" ? ManifestContext.folder(of: folder) : folder
        let script = path.hasSuffix(".script")
        guard !context.contains(ManifestContext.join(root, "mix.exs")),
            !script || !context.contains(String(path.dropLast(".script".count)))
        else { return ([], []) }
        let name = String(ManifestText.fileName(of: path).dropLast(script ? ".app.src.script".count : ".app.src".count))
        let terms = ErlangTerms(bytes)
        let dependencies = terms.atoms(after: "applications") + terms.atoms(after: "included_applications")
        let module = ModuleDeclaration(
            name: name, ecosystem: "otp", roots: [root], dependencies: Set(dependencies).sorted(), manifest: path,
            line: terms.line(of: "application") ?? 1)
        return ([module], ManifestText.warnings(terms.problems, path: path))
    }
}

/// The atoms (quoted ones too) and lists of an Erlang term file, read as bytes: `%` comments and strings skipped.
struct ErlangTerms {
    /// Atoms and list brackets in order, each with its line.
    private var tokens: [(text: String, line: Int)] = []
    /// Unbalanced brackets and unclosed strings, by line.
    private(set) var problems: [(line: Int, message: String)] = []

    init(_ bytes: [UInt8]) {
        var index = 0
        var line = 1
        var open: [(byte: UInt8, line: Int)] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 10 { line += 1 }
            if byte == UInt8(ascii: "%") {
                while index < bytes.count && bytes[index] != 10 { index += 1 }
                continue
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                let (start, startLine) = (index, line)
                index = Self.skipQuoted(bytes, from: index, line: &line)
                if index > bytes.count { problems.append((startLine, "quote opened here is never closed")) }
                // A quoted atom (`'vmq_ql'`) is an atom; a string is not.
                if byte == UInt8(ascii: "'") {
                    let end = max(start + 1, min(index - 1, bytes.count))
                    tokens.append((String(decoding: bytes[(start + 1)..<end], as: UTF8.self), startLine))
                }
                continue
            }
            if bracket(byte, line: line, open: &open) {
                index += 1
            } else if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                let start = index
                while index < bytes.count && Self.isAtomByte(bytes[index]) { index += 1 }
                tokens.append((String(decoding: bytes[start..<index], as: UTF8.self), line))
            } else {
                index += 1
            }
        }
        if let first = open.first { problems.append((first.line, "bracket opened here is never closed")) }
    }

    /// A list or tuple bracket: kept (lists) and balanced against `open`; false for any other byte.
    private mutating func bracket(_ byte: UInt8, line: Int, open: inout [(byte: UInt8, line: Int)]) -> Bool {
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            if byte == UInt8(ascii: "[") { tokens.append(("[", line)) }
            open.append((byte, line))
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            if byte == UInt8(ascii: "]") { tokens.append(("]", line)) }
            let expected = byte == UInt8(ascii: "]") ? UInt8(ascii: "[") : UInt8(ascii: "{")
            if open.last?.byte == expected { open.removeLast() } else { problems.append((line, "unbalanced closing bracket")) }
        default:
            return false
        }
        return true
    }

    /// The atoms of the list right after the atom `key` (`{applications, [kernel, stdlib]}`), empty without one.
    func atoms(after key: String) -> [String] {
        guard let at = tokens.firstIndex(where: { $0.text == key }), at + 1 < tokens.count, tokens[at + 1].text == "["
        else { return [] }
        return Array(tokens[(at + 2)...].prefix { $0.text != "]" && $0.text != "[" }.map(\.text))
    }

    /// The line of the first atom `key`.
    func line(of key: String) -> Int? {
        tokens.first { $0.text == key }?.line
    }

    private static func isAtomByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "@")
    }

    /// Past the string or quoted atom opening at `start` (its escapes honoured), counting its line breaks.
    private static func skipQuoted(_ bytes: [UInt8], from start: Int, line: inout Int) -> Int {
        let quote = bytes[start]
        var index = start + 1
        while index < bytes.count && bytes[index] != quote {
            if bytes[index] == UInt8(ascii: "\\") { index += 1 }
            if index < bytes.count && bytes[index] == 10 { line += 1 }
            index += 1
        }
        return index + 1
    }
}

import BuildManifests
import ModuleGraph

/// Reads an erlang.mk project's `Makefile` as text (never run): a Makefile that sets `PROJECT = NAME` and includes
/// `erlang.mk` (`include erlang.mk`, `include ../../erlang.mk`) declares the OTP application `NAME`, ecosystem `otp`,
/// owning the Makefile's folder; its `DEPS` and `LOCAL_DEPS` (erlang.mk's runtime dependencies, `+=` appended, `\`
/// continued) are its declared dependencies, not `TEST_DEPS` or `BUILD_DEPS` (tests and build tools).
/// rabbitmq/rabbitmq-server's 57 applications under `deps/` are such projects. An application with a resource file
/// `src/NAME.app.src` is `OTPApplicationManifest`'s, one with a `mix.exs` Mix's (rabbitmq_cli); any other Makefile
/// declares nothing, and like every manifest a reader reads it is a build script, no change to a module's code.
public struct ErlangMkManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["Makefile"] }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard handles(path: path) else { return ([], []) }
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let make = MakeVariables(String(decoding: bytes, as: UTF8.self))
        guard make.includesErlangMk, let project = make.values["PROJECT"]?.first, let line = make.lines["PROJECT"] else {
            return ([], [])
        }
        let root = ManifestContext.folder(of: path)
        // A resource file declares the application itself (OTPApplicationManifest), a mix.exs makes it Mix's.
        guard !context.contains(ManifestContext.join(root, "src/\(project).app.src")),
            !context.contains(ManifestContext.join(root, "mix.exs"))
        else { return ([], []) }
        let dependencies = (make.values["DEPS"] ?? []) + (make.values["LOCAL_DEPS"] ?? [])
        let module = ModuleDeclaration(
            name: project, ecosystem: "otp", roots: [root], dependencies: Set(dependencies).sorted(), manifest: path,
            line: line)
        return ([module], ManifestText.warnings(make.problems, path: path))
    }
}

/// The plain words a Makefile assigns to its variables (`=`, `:=`, `?=`, `+=` appending), with the line of each
/// variable's first assignment; `define … endef` blocks, comments and words holding `$(` are skipped.
struct MakeVariables {
    private(set) var values: [String: [String]] = [:]
    private(set) var lines: [String: Int] = [:]
    private(set) var includesErlangMk = false
    /// Unbalanced parentheses, an unclosed `define`, a line continued past the end, by line.
    private(set) var problems: [(line: Int, message: String)] = []

    /// The line of the `define` being read, nil outside one.
    private var define: Int?

    init(_ text: String) {
        var logical = ""
        var start = 1
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = raw.hasSuffix("\r") ? raw.dropLast() : raw[...]
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            if logical.isEmpty { start = index + 1 }
            if line.hasSuffix("\\") {
                logical += line.dropLast() + " "
                continue
            }
            take(logical + line, line: start)
            logical = ""
        }
        if let define { problems.append((define, "define without endef")) }
        if !logical.isEmpty { problems.append((start, "line continued past the end of the file")) }
    }

    /// One logical line (continuations joined, comment cut): a `define` block's, an include or an assignment.
    private mutating func take(_ logical: String, line: Int) {
        let words = logical.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let first = words.first else { return }
        if define != nil {
            if first == "endef" { define = nil }
            return
        }
        if first == "define" {
            define = line
            return
        }
        if logical.reduce(0, { $0 + ($1 == "(" ? 1 : $1 == ")" ? -1 : 0) }) != 0 {
            problems.append((line, "unbalanced parentheses"))
        }
        if first == "include" || first == "-include" {
            includesErlangMk = includesErlangMk || words.dropFirst().contains { $0 == "erlang.mk" || $0.hasSuffix("/erlang.mk") }
            return
        }
        assign(logical, line: line)
    }

    /// `NAME = words`, `NAME := words`, `NAME ?= words` or `NAME += words`, spaces around the operator or not.
    private mutating func assign(_ line: String, line number: Int) {
        guard let equals = line.firstIndex(of: "=") else { return }
        var head = line[..<equals]
        let modifier = head.last.flatMap { ":?+".contains($0) ? $0 : nil }
        if modifier != nil { head = head.dropLast() }
        let names = head.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard names.count == 1, let name = names.first.map(String.init), !name.contains("$") else { return }
        let assigned = line[line.index(after: equals)...].split(whereSeparator: { $0 == " " || $0 == "\t" })
            .filter { !$0.contains("$") }.map(String.init)
        if modifier == "+" {
            values[name, default: []] += assigned
        } else if modifier != "?" || values[name] == nil {
            values[name] = assigned
        }
        if lines[name] == nil { lines[name] = number }
    }
}

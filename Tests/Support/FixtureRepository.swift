import Foundation

/// Builds the scripted repositories under `fixtures/` into fresh temporary folders.
public enum FixtureRepository {
    /// The package's root folder (found from this source file's location).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `fixtures/` folder.
    public static var fixturesFolder: URL { packageRoot.appendingPathComponent("fixtures") }

    /// Materializes fixture `name` into a new temporary folder and returns the repository's path.
    public static func materialize(_ name: String) throws -> String {
        let destination = try temporaryFolder(prefix: name).appendingPathComponent("repo").path
        try run(
            "/bin/bash",
            [fixturesFolder.appendingPathComponent("materialize.sh").path, name, destination])
        return destination
    }

    /// One folder per test process holding every temporary folder it makes, removed when the process exits
    /// (fixtures such as bad-input hold 50 MB; a test run used to leave them all behind).
    private static let processFolder: URL = {
        atexit { try? FileManager.default.removeItem(at: FixtureRepository.processFolderURL) }
        return processFolderURL
    }()

    private static var processFolderURL: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("accrue-tests-\(getpid())")
    }

    /// A bare clone of fixture `name` without its `config`, as `fetch` mirrors are (HEAD, objects, refs,
    /// packed-refs and nothing else), and the fixture's own folder.
    public static func configlessMirror(of name: String = "basic") throws -> (mirror: String, source: String) {
        let source = try materialize(name)
        let folder = try temporaryFolder(prefix: "mirror").path
        let path = folder + "/repo"
        try git(["clone", "--quiet", "--bare", source, path], in: folder)
        try FileManager.default.removeItem(atPath: path + "/config")
        return (path, source)
    }

    /// A new empty temporary folder, inside this test process's folder.
    public static func temporaryFolder(prefix: String = "accrue") throws -> URL {
        let url = processFolder.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a program to completion and returns its standard output; throws on a non-zero exit.
    @discardableResult
    public static func run(
        _ executable: String, _ arguments: [String], in folder: String? = nil,
        environment: [String: String]? = nil
    ) throws -> String {
        let result = try runCapturing(executable, arguments, in: folder, environment: environment)
        guard result.status == 0 else {
            throw FixtureError.commandFailed("\(executable) \(arguments.joined(separator: " "))", result.stderr)
        }
        return result.stdout
    }

    /// Runs a program and returns its exit status, standard output and standard error.
    public static func runCapturing(
        _ executable: String, _ arguments: [String], in folder: String? = nil,
        environment: [String: String]? = nil, input: Data? = nil
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        var env = ProcessInfo.processInfo.environment
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_CONFIG_GLOBAL"] = "/dev/null"
        for (key, value) in environment ?? [:] { env[key] = value }
        process.environment = env
        // Both streams go to files: a chatty child cannot block on a full pipe, and reading a file is not
        // interrupted by signals the way FileHandle's pipe reads are (EINTR crashed a test run).
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        defer { try? FileManager.default.removeItem(at: outURL) }
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let err = try FileHandle(forWritingTo: errURL)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let inputPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(input) }
        try inputPipe.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = (try? Data(contentsOf: outURL)) ?? Data()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData, as: UTF8.self)
        )
    }

    /// Runs git with the machine's configuration ignored.
    @discardableResult
    public static func git(_ arguments: [String], in folder: String) throws -> String {
        try run("/usr/bin/git", arguments, in: folder)
    }
}

/// A fixture could not be built.
public enum FixtureError: Error, CustomStringConvertible {
    case commandFailed(String, String)

    public var description: String {
        switch self {
        case .commandFailed(let command, let stderr): "\(command) failed: \(stderr)"
        }
    }
}

extension FixtureRepository {
    /// Appends `text` to the file at `path`, creating it when missing (a repository a test edits in place).
    public static func append(_ text: String, toFileAt path: String) throws {
        let url = URL(fileURLWithPath: path)
        if !FileManager.default.fileExists(atPath: url.path) { FileManager.default.createFile(atPath: url.path, contents: nil) }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }
}

extension FixtureRepository {
    /// A new repository in a temporary folder holding `files` (path → text) in one commit; returns its path.
    public static func committed(_ files: [String: String], prefix: String) throws -> String {
        let path = try temporaryFolder(prefix: prefix).path
        for (name, text) in files {
            let url = URL(fileURLWithPath: path).appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try git(["init", "--quiet"], in: path)
        try commitAll(in: path, message: "x")
        return path
    }

    /// Appends a line to each of `files` (repository-relative) and commits them all as A.
    public static func commitAppending(_ line: String, to files: [String], in path: String, message: String) throws {
        for file in files { try append(line, toFileAt: path + "/" + file) }
        try commitAll(in: path, message: message)
    }

    /// Commits every change in the repository at `path` as A.
    public static func commitAll(in path: String, message: String) throws {
        try git(["add", "-A"], in: path)
        try git(["-c", "user.name=A", "-c", "user.email=a@example.com", "commit", "--quiet", "-m", message], in: path)
    }
}

import Foundation

/// Runs the built `accrue` executable, for end-to-end tests of exit codes and output streams.
public enum AccrueBinary {
    /// The `accrue` executable next to the test bundle (swift build --build-tests builds both).
    public static var url: URL {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        let candidate = folder.appendingPathComponent("accrue")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("accrue")
    }

    /// Runs accrue with `arguments` in `folder`; returns the exit status and both streams.
    public static func run(_ arguments: [String], in folder: String? = nil) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        try FixtureRepository.runCapturing(url.path, arguments, in: folder, environment: ["NO_COLOR": "1"])
    }
}

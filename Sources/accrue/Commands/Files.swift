import ArgumentParser

/// Placeholder until the scanner lands.
struct Files: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not yet available.")
}

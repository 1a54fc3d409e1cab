import ArgumentParser

/// Placeholder until the history miner lands.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not yet available.", shouldDisplay: false)
}

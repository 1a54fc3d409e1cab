import ArgumentParser

/// Placeholder until the history miner lands.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not yet available.", shouldDisplay: false)
}

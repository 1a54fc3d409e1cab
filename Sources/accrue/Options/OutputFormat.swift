import ArgumentParser

/// Text or JSON, the formats most commands render (history adds numstat: `HistoryFormat`, only its own).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

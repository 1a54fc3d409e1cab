import Foundation

/// Why the store could not be opened or used, in one line for people.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// The file is not a readable SQLite database (damaged, truncated, or something else).
        case corrupt
        /// The store was written by a newer accrue whose schema this one does not know.
        case newerSchema
        /// Any other SQLite or file-system failure.
        case failed
    }

    /// The kind of failure.
    public var kind: Kind
    /// The message, one line.
    public var description: String

    /// Creates an error.
    public init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }
}

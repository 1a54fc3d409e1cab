import Foundation
import GitCore
import GitHistory

/// Builds commit literals for analysis tests: ids from a counter, one day apart from 2024-01-01.
enum CommitLiterals {
    static let start = Date(timeIntervalSince1970: 1_704_103_200)

    static func id(_ number: Int) -> CommitID {
        let hex = String(number, radix: 16)
        guard let id = ObjectID(hex: String(repeating: "0", count: 40 - hex.count) + hex) else {
            preconditionFailure("test ids are 40 hex digits")
        }
        return id
    }

    static func commit(
        _ number: Int, by author: String = "Ada", day: Int? = nil, _ changes: FileChange...
    ) -> Commit {
        Commit(
            id: id(number), author: Author(name: author, email: "\(author.lowercased())@example.com"),
            authoredAt: start.addingTimeInterval(Double(day ?? number) * 86_400), changes: changes)
    }

    static func change(_ path: String, _ added: Int = 1, _ deleted: Int = 0) -> FileChange {
        FileChange(path: path, linesAdded: added, linesDeleted: deleted)
    }
}

import Foundation
import GitHistory
import GitCore

/// The committer dates of some commits, named by hex id, among mined commits.
public enum CommitDates {
    /// The committer dates of `wanted` (hex ids) among `commits`, but for mechanical commits (more than
    /// `largestChange` files, and the `mechanical` ones: no activity). Ids are compared as ObjectIDs, not all
    /// written out as text.
    public static func of(
        _ wanted: Set<String>, in commits: [Commit], largestChange: Int, mechanical: Set<CommitID> = []
    ) -> [String: Date] {
        let ids = Dictionary(wanted.compactMap { hex in CommitID(hex: hex).map { ($0, hex) } }, uniquingKeysWith: { a, _ in a })
        var dates: [String: Date] = [:]
        for commit in commits {
            if let hex = ids[commit.id], commit.changes.count <= largestChange, !mechanical.contains(commit.id) {
                dates[hex] = commit.committedAt
            }
        }
        return dates
    }
}

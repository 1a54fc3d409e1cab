import LineDiff
import GitCore

/// Line hashes of blobs read so far, kept where the walk will need them next.
///
/// Walking newest to oldest, the blob on the old side of a file's change is the new side of that
/// file's next (older) change, however many commits apart. So each path keeps the last old side
/// seen for it until then: memory is bounded by the size of one tree, and a file changed once in
/// ten thousand commits still hits. A small LRU by blob id catches the rest (reverts, copies).
struct LineRecordCache {
    private var byPath: [String: (id: ObjectID, records: LineRecords)] = [:]
    private var pathLines = 0
    private var recent = GenerationalCache<ObjectID, LineRecords>(budget: 250_000)
    /// Beyond this many cached lines (8 bytes each) the per-path map starts over.
    private let pathBudget: Int

    init(pathBudget: Int = 8_000_000) {
        self.pathBudget = pathBudget
    }

    /// The records of blob `id` at `path`, if cached.
    mutating func records(_ id: ObjectID, at path: String) -> LineRecords? {
        if let entry = byPath[path], entry.id == id { return entry.records }
        return recent.value(for: id)
    }

    /// Keeps `records` as the version of `path` an older commit will see as its new side.
    mutating func remember(_ records: LineRecords, of id: ObjectID, at path: String) {
        if let previous = byPath.updateValue((id, records), forKey: path) {
            pathLines -= previous.records.lineCount
        }
        pathLines += records.lineCount
        recent.insert(records, for: id, cost: records.lineCount + 16)
        if pathLines > pathBudget {
            byPath.removeAll(keepingCapacity: true)
            pathLines = 0
        }
    }

    /// Drops `path`: older commits do not have it (it was added here).
    mutating func forget(_ path: String) {
        if let previous = byPath.removeValue(forKey: path) { pathLines -= previous.records.lineCount }
    }
}

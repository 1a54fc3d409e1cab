/// A cheap approximation of an LRU: two generations of a dictionary.
///
/// Lookups promote from the old generation; when the young one reaches its budget the old one is
/// dropped. Walking newest to oldest, the old side of one commit is the new side of the next, so
/// a few thousand recent entries catch nearly every repeat.
struct GenerationalCache<Key: Hashable, Value> {
    private var young: [Key: Value] = [:]
    private var old: [Key: Value] = [:]
    private var youngCost = 0
    private let budget: Int
    private let onEvict: (Value) -> Void

    /// `budget` is in whatever unit `cost` returns on insert; `onEvict` runs for every dropped value.
    init(budget: Int, onEvict: @escaping (Value) -> Void = { _ in }) {
        self.budget = budget
        self.onEvict = onEvict
    }

    mutating func value(for key: Key) -> Value? {
        if let value = young[key] { return value }
        guard let value = old.removeValue(forKey: key) else { return nil }
        young[key] = value
        return value
    }

    mutating func insert(_ value: Value, for key: Key, cost: Int) {
        young[key] = value
        youngCost += cost
        guard youngCost > budget else { return }
        for dropped in old.values { onEvict(dropped) }
        old = young
        young = [:]
        youngCost = 0
    }

    /// Hands every cached value to `onEvict` and empties the cache.
    mutating func removeAll() {
        for dropped in old.values { onEvict(dropped) }
        for dropped in young.values { onEvict(dropped) }
        old = [:]
        young = [:]
        youngCost = 0
    }
}

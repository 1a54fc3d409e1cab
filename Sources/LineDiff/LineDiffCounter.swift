/// Counts added and deleted lines between two blobs exactly as `git diff --numstat` does.
///
/// git counts with xdiff's Myers diff, which is not always minimal: it first discards lines that
/// have no match on the other side (and "multimatch" lines inside runs of them), then splits with
/// a cost cutoff once the edit cost gets large. Different choices there change +/- counts, so this
/// reproduces those steps: trim common ends, classify lines, discard, then divide and conquer with
/// the same heuristics and constants. Only the counts are kept; no edit script is built.
///
/// Holds reusable scratch buffers: one counter per thread.
package final class LineDiffCounter {
    private var table = LineClassTable()
    private var classes = ScratchBuffer<Int32>()  // middle lines of old, then of new
    private var seen = ScratchBuffer<Int32>()  // per class: occurrences in old, then in new
    private var states = ScratchBuffer<UInt8>()
    private var kept = ScratchBuffer<Int>()  // kept classes of old, then of new
    private var diagonals = ScratchBuffer<Int>()
    private var boxes: [Box] = []

    /// Creates a counter with empty scratch buffers.
    package init() {}

    deinit {
        table.release()
        classes.release()
        seen.release()
        states.release()
        kept.release()
        diagonals.release()
    }

    /// The numstat counts for a change from `old` to `new`.
    package func count(old: [UInt64], new: [UInt64]) -> (added: Int, deleted: Int) {
        old.withUnsafeBufferPointer { a in
            new.withUnsafeBufferPointer { b in count(a, b) }
        }
    }

    /// The counts of a shortest edit script when the change has at most `limit` lines added and deleted together
    /// (git's xdiff may count a few more: it is not always minimal); for a larger one, the smallest counts consistent
    /// with it (a lower bound: added − deleted is exact, the sum just over `limit`). O(lines × limit) at worst, not the
    /// full diff: a rewritten 175,000-line fixture costs git and the full count about a second.
    package func count(old: [UInt64], new: [UInt64], limit: Int) -> (added: Int, deleted: Int) {
        old.withUnsafeBufferPointer { a in
            new.withUnsafeBufferPointer { b in
                let (start, end1, end2) = Self.middle(a, b)
                let (m1, m2) = (end1 - start, end2 - start)
                guard m1 > 0 && m2 > 0 else { return (m2, m1) }
                // added + deleted = edits and added − deleted = m2 − m1, whether the edits are known or bounded.
                // Unknown past the limit: the least bound of the same parity as m2 − m1 (bound + m2 − m1 ≥ 0).
                let bound = max(limit + 1, abs(m2 - m1))
                let known = abs(m2 - m1) <= limit ? shortestEdits(limit, a, b, start: start, end1: end1, end2: end2) : nil
                let edits = known ?? bound + (bound + m2 - m1) % 2
                return ((edits + m2 - m1) / 2, (edits - m2 + m1) / 2)
            }
        }
    }

    /// The common prefix's end and the ends of the two middles before the common suffix (xdl_trim_ends).
    private static func middle(_ old: UnsafeBufferPointer<UInt64>, _ new: UnsafeBufferPointer<UInt64>) -> (
        start: Int, end1: Int, end2: Int
    ) {
        let (n1, n2) = (old.count, new.count)
        var start = 0
        let limit = min(n1, n2)
        while start < limit && old[start] == new[start] { start += 1 }
        var tail = 0
        while tail < limit - start && old[n1 - 1 - tail] == new[n2 - 1 - tail] { tail += 1 }
        return (start, n1 - tail, n2 - tail)
    }

    /// The length of the middles' shortest edit script if it is at most `limit`: Myers' greedy forward search,
    /// given up past `limit` (nil).
    private func shortestEdits(
        _ limit: Int, _ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>, start: Int, end1: Int, end2: Int
    ) -> Int? {
        let reach = diagonals.reserve(2 * limit + 3)
        let origin = limit + 1
        reach[origin + 1] = start
        for edits in 0...limit {
            for k in stride(from: -edits, through: edits, by: 2) {
                var x =
                    k == -edits || k != edits && reach[origin + k - 1] < reach[origin + k + 1]
                    ? reach[origin + k + 1] : reach[origin + k - 1] + 1
                var y = x - k
                while x < end1 && y < end2 && a[x] == b[y] {
                    x += 1
                    y += 1
                }
                reach[origin + k] = x
                if x >= end1 && y >= end2 { return edits }
            }
        }
        return nil
    }

    private func count(_ old: UnsafeBufferPointer<UInt64>, _ new: UnsafeBufferPointer<UInt64>) -> (
        added: Int, deleted: Int
    ) {
        let n1 = old.count
        let n2 = new.count
        // xdl_trim_ends: the common prefix and suffix never count.
        let (start, end1, end2) = Self.middle(old, new)
        if start == end1 { return (end2 - start, 0) }
        if start == end2 { return (0, end1 - start) }
        let m1 = end1 - start
        let m2 = end2 - start

        // Classes of the middle lines; occurrence counts over the whole files (xdiff counts the
        // trimmed ends too, and they are the same lines on both sides).
        table.reset(capacity: m1 + m2)
        let classOf = classes.reserve(m1 + m2)
        let counts = seen.reserve(2 * (m1 + m2))
        var classCount: Int32 = 0
        for index in 0..<(m1 + m2) {
            let hash = index < m1 ? old[start + index] : new[start + index - m1]
            let id = table.insert(hash, next: classCount)
            if id == classCount {
                counts[2 * Int(id)] = 0
                counts[2 * Int(id) + 1] = 0
                classCount += 1
            }
            classOf[index] = id
            counts[2 * Int(id) + (index < m1 ? 0 : 1)] += 1
        }
        for index in 0..<start {
            if let id = table.find(old[index]) {
                counts[2 * Int(id)] += 1
                counts[2 * Int(id) + 1] += 1
            }
        }
        for index in end1..<n1 {
            if let id = table.find(old[index]) {
                counts[2 * Int(id)] += 1
                counts[2 * Int(id) + 1] += 1
            }
        }

        let keptLines = kept.reserve(m1 + m2)
        let state = states.reserve(max(m1, m2))
        let old = Discarder(classes: classOf, counts: counts, state: state, kept: keptLines)
        let deleted = old.run(count: m1, total: n1, side: 0)
        let new = Discarder(classes: classOf + m1, counts: counts, state: state, kept: keptLines + deleted.kept)
        let added = new.run(count: m2, total: n2, side: 1)
        let marked = compare(
            UnsafeBufferPointer(start: keptLines, count: deleted.kept),
            UnsafeBufferPointer(start: keptLines + deleted.kept, count: added.kept))
        return (added.dropped + marked.added, deleted.dropped + marked.deleted)
    }

    // MARK: - Divide and conquer (xdl_recs_cmp)

    struct Box {
        var off1: Int
        var lim1: Int
        var off2: Int
        var lim2: Int
        var needsMinimal: Bool
    }

    private func compare(_ ha1: UnsafeBufferPointer<Int>, _ ha2: UnsafeBufferPointer<Int>) -> (
        added: Int, deleted: Int
    ) {
        let n1 = ha1.count
        let n2 = ha2.count
        let diagonalCount = n1 + n2 + 3
        let base = diagonals.reserve(2 * diagonalCount + 2)
        let splitter = MyersSplit(
            ha1: ha1, ha2: ha2, forward: base + (n2 + 1), backward: base + diagonalCount + (n2 + 1),
            maxCost: max(Discarder.bogoSquareRoot(diagonalCount), 256))
        var added = 0
        var deleted = 0
        boxes.removeAll(keepingCapacity: true)
        boxes.append(Box(off1: 0, lim1: n1, off2: 0, lim2: n2, needsMinimal: false))
        while var box = boxes.popLast() {
            while box.off1 < box.lim1 && box.off2 < box.lim2 && ha1[box.off1] == ha2[box.off2] {
                box.off1 += 1
                box.off2 += 1
            }
            while box.off1 < box.lim1 && box.off2 < box.lim2 && ha1[box.lim1 - 1] == ha2[box.lim2 - 1] {
                box.lim1 -= 1
                box.lim2 -= 1
            }
            if box.off1 == box.lim1 {
                added += box.lim2 - box.off2
            } else if box.off2 == box.lim2 {
                deleted += box.lim1 - box.off1
            } else {
                let cut = splitter.split(box)
                boxes.append(Box(off1: cut.i1, lim1: box.lim1, off2: cut.i2, lim2: box.lim2, needsMinimal: cut.minHigh))
                boxes.append(Box(off1: box.off1, lim1: cut.i1, off2: box.off2, lim2: cut.i2, needsMinimal: cut.minLow))
            }
        }
        return (added, deleted)
    }
}

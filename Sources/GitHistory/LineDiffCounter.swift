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
    private var table = ClassTable()
    private var classes1: [Int32] = []
    private var classes2: [Int32] = []
    private var seen1: [Int32] = []  // occurrences of each class in the old file
    private var seen2: [Int32] = []  // ... in the new file
    private var discard1: [UInt8] = []
    private var discard2: [UInt8] = []
    private var kept1: [Int] = []
    private var kept2: [Int] = []
    private var diagonals: [Int] = []
    private var boxes: [Box] = []

    /// Creates a counter with empty scratch buffers.
    package init() {}

    /// The numstat counts for a change from `old` to `new`.
    package func count(old: [UInt64], new: [UInt64]) -> (added: Int, deleted: Int) {
        let n1 = old.count
        let n2 = new.count
        // xdl_trim_ends: common prefix and suffix never count.
        var start = 0
        let limit = min(n1, n2)
        while start < limit && old[start] == new[start] { start += 1 }
        var tail = 0
        while tail < limit - start && old[n1 - 1 - tail] == new[n2 - 1 - tail] { tail += 1 }
        let end1 = n1 - tail  // exclusive
        let end2 = n2 - tail
        if start == end1 { return (end2 - start, 0) }
        if start == end2 { return (0, end1 - start) }

        classify(old, new)
        let discarded1 = markDiscards(
            classes: classes1, from: start, to: end1, total: n1, otherSide: seen2, into: &discard1)
        let discarded2 = markDiscards(
            classes: classes2, from: start, to: end2, total: n2, otherSide: seen1, into: &discard2)
        kept1.removeAll(keepingCapacity: true)
        kept2.removeAll(keepingCapacity: true)
        for index in start..<end1 where discard1[index - start] == 0 { kept1.append(Int(classes1[index])) }
        for index in start..<end2 where discard2[index - start] == 0 { kept2.append(Int(classes2[index])) }
        let marked = compareKept()
        return (discarded2 + marked.added, discarded1 + marked.deleted)
    }

    // MARK: - Classification (xdl_classify_record)

    private func classify(_ old: [UInt64], _ new: [UInt64]) {
        table.reset(capacity: old.count + new.count)
        seen1.removeAll(keepingCapacity: true)
        seen2.removeAll(keepingCapacity: true)
        classes1.removeAll(keepingCapacity: true)
        classes2.removeAll(keepingCapacity: true)
        for hash in old {
            let id = table.classID(hash)
            if Int(id) == seen1.count {
                seen1.append(0)
                seen2.append(0)
            }
            seen1[Int(id)] += 1
            classes1.append(id)
        }
        for hash in new {
            let id = table.classID(hash)
            if Int(id) == seen1.count {
                seen1.append(0)
                seen2.append(0)
            }
            seen2[Int(id)] += 1
            classes2.append(id)
        }
    }

    // MARK: - Discarding (xdl_cleanup_records, xdl_clean_mmatch)

    /// Marks lines in `from..<to` to drop before the diff; returns how many were dropped (all count as changed).
    private func markDiscards(
        classes: [Int32], from: Int, to: Int, total: Int, otherSide: [Int32], into marks: inout [UInt8]
    ) -> Int {
        let limit = min(LineDiffCounter.bogoSquareRoot(total), 1024)
        let count = to - from
        var state = [UInt8](repeating: 0, count: count)
        for index in 0..<count {
            let matches = Int(otherSide[Int(classes[from + index])])
            state[index] = matches == 0 ? 0 : (matches >= limit ? 2 : 1)
        }
        marks.removeAll(keepingCapacity: true)
        marks.reserveCapacity(count)
        var dropped = 0
        for index in 0..<count {
            let keep =
                state[index] == 1
                || (state[index] == 2 && !LineDiffCounter.isDiscardableMultimatch(state, index, 0, count - 1))
            marks.append(keep ? 0 : 1)
            if !keep { dropped += 1 }
        }
        return dropped
    }

    /// xdl_clean_mmatch: drop a multimatch line only inside a run dominated by no-match lines.
    private static func isDiscardableMultimatch(_ dis: [UInt8], _ i: Int, _ s: Int, _ e: Int) -> Bool {
        let window = 100
        let lower = i - s > window ? i - window : s
        let upper = e - i > window ? i + window : e
        var noMatchBefore = 0
        var multiBefore = 1
        var r = 1
        while i - r >= lower {
            if dis[i - r] == 0 {
                noMatchBefore += 1
            } else if dis[i - r] == 2 {
                multiBefore += 1
            } else {
                break
            }
            r += 1
        }
        if noMatchBefore == 0 { return false }
        var noMatchAfter = 0
        var multiAfter = 1
        r = 1
        while i + r <= upper {
            if dis[i + r] == 0 {
                noMatchAfter += 1
            } else if dis[i + r] == 2 {
                multiAfter += 1
            } else {
                break
            }
            r += 1
        }
        if noMatchAfter == 0 { return false }
        let noMatch = noMatchAfter + noMatchBefore
        let multi = multiAfter + multiBefore
        return multi * 4 < multi + noMatch
    }

    /// xdl_bogosqrt: a power of two near the square root.
    static func bogoSquareRoot(_ value: Int) -> Int {
        var n = value
        var root = 1
        while n > 0 {
            root <<= 1
            n >>= 2
        }
        return root
    }

    // MARK: - Divide and conquer (xdl_recs_cmp)

    struct Box {
        var off1: Int
        var lim1: Int
        var off2: Int
        var lim2: Int
        var needsMinimal: Bool
    }

    private func compareKept() -> (added: Int, deleted: Int) {
        let n1 = kept1.count
        let n2 = kept2.count
        let diagonalCount = n1 + n2 + 3
        let needed = 2 * diagonalCount + 2
        if diagonals.count < needed { diagonals = [Int](repeating: 0, count: needed) }
        let maxCost = max(LineDiffCounter.bogoSquareRoot(diagonalCount), 256)
        var added = 0
        var deleted = 0
        boxes.removeAll(keepingCapacity: true)
        boxes.append(Box(off1: 0, lim1: n1, off2: 0, lim2: n2, needsMinimal: false))
        kept1.withUnsafeBufferPointer { ha1 in
            kept2.withUnsafeBufferPointer { ha2 in
                diagonals.withUnsafeMutableBufferPointer { kvd in
                    guard let base = kvd.baseAddress else { return }
                    let forward = base + (n2 + 1)
                    let backward = base + diagonalCount + (n2 + 1)
                    let splitter = MyersSplit(
                        ha1: ha1, ha2: ha2, forward: forward, backward: backward, maxCost: maxCost)
                    while var box = boxes.popLast() {
                        while box.off1 < box.lim1 && box.off2 < box.lim2 && ha1[box.off1] == ha2[box.off2] {
                            box.off1 += 1
                            box.off2 += 1
                        }
                        while box.off1 < box.lim1 && box.off2 < box.lim2
                            && ha1[box.lim1 - 1] == ha2[box.lim2 - 1]
                        {
                            box.lim1 -= 1
                            box.lim2 -= 1
                        }
                        if box.off1 == box.lim1 {
                            added += box.lim2 - box.off2
                        } else if box.off2 == box.lim2 {
                            deleted += box.lim1 - box.off1
                        } else {
                            let split = splitter.split(box)
                            boxes.append(
                                Box(off1: split.i1, lim1: box.lim1, off2: split.i2, lim2: box.lim2,
                                    needsMinimal: split.minHigh))
                            boxes.append(
                                Box(off1: box.off1, lim1: split.i1, off2: box.off2, lim2: split.i2,
                                    needsMinimal: split.minLow))
                        }
                    }
                }
            }
        }
        return (added, deleted)
    }
}

/// An open-addressing map from line hash to a dense class number, cleared by generation stamps.
private struct ClassTable {
    private var keys: [UInt64] = []
    private var values: [Int32] = []
    private var stamps: [UInt32] = []
    private var generation: UInt32 = 0
    private var mask = 0
    private var next: Int32 = 0

    mutating func reset(capacity: Int) {
        var size = 64
        while size < capacity * 2 { size <<= 1 }
        if size > keys.count {
            keys = [UInt64](repeating: 0, count: size)
            values = [Int32](repeating: 0, count: size)
            stamps = [UInt32](repeating: 0, count: size)
            generation = 0
        }
        mask = keys.count - 1
        generation &+= 1
        if generation == 0 {
            for index in stamps.indices { stamps[index] = 0 }
            generation = 1
        }
        next = 0
    }

    mutating func classID(_ hash: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while stamps[slot] == generation {
            if keys[slot] == hash { return values[slot] }
            slot = (slot + 1) & mask
        }
        stamps[slot] = generation
        keys[slot] = hash
        values[slot] = next
        next += 1
        return next - 1
    }
}

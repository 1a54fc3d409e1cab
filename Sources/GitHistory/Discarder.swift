/// xdiff's pre-pass (xdl_cleanup_records): drops lines the Myers search need not see.
///
/// A line with no match in the other file is changed whatever the diff does. A line with many
/// matches (at least about √n of them) is dropped too when it sits inside a run dominated by
/// no-match lines. Dropped lines all count as changed; the rest go on to the Myers search.
struct Discarder {
    /// Class ids of this side's middle lines.
    let classes: UnsafeMutablePointer<Int32>
    /// Per class: occurrences in the old file at 2·id, in the new file at 2·id + 1.
    let counts: UnsafeMutablePointer<Int32>
    /// Scratch: 0 no match, 1 some matches, 2 many matches.
    let state: UnsafeMutablePointer<UInt8>
    /// Where the kept lines' classes go.
    let kept: UnsafeMutablePointer<Int>

    /// Marks and keeps this side's lines; `side` is 0 for old, 1 for new; `total` is the whole
    /// file's line count (xdiff's limit depends on it).
    func run(count: Int, total: Int, side: Int) -> (kept: Int, dropped: Int) {
        let limit = min(Discarder.bogoSquareRoot(total), 1024)
        let other = 1 - side
        for index in 0..<count {
            let matches = Int(counts[2 * Int(classes[index]) + other])
            state[index] = matches == 0 ? 0 : (matches >= limit ? 2 : 1)
        }
        var keptCount = 0
        for index in 0..<count {
            let keep = state[index] == 1 || (state[index] == 2 && !isDiscardable(index, last: count - 1))
            if keep {
                kept[keptCount] = Int(classes[index])
                keptCount += 1
            }
        }
        return (keptCount, count - keptCount)
    }

    /// xdl_clean_mmatch: drop a multimatch line only inside a run dominated by no-match lines.
    private func isDiscardable(_ i: Int, last e: Int) -> Bool {
        let window = 100
        let lower = i > window ? i - window : 0
        let upper = e - i > window ? i + window : e
        var noMatchBefore = 0
        var multiBefore = 1
        var r = 1
        while i - r >= lower {
            if state[i - r] == 0 {
                noMatchBefore += 1
            } else if state[i - r] == 2 {
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
            if state[i + r] == 0 {
                noMatchAfter += 1
            } else if state[i + r] == 2 {
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
}

/// An open-addressing map from line hash to a dense class id, cleared by generation stamps.
struct LineClassTable {
    private var keys = ScratchBuffer<UInt64>()
    private var values = ScratchBuffer<Int32>()
    private var stamps = ScratchBuffer<UInt32>()
    private var size = 0
    private var generation: UInt32 = 0

    /// Empties the table and sizes it for `capacity` distinct keys.
    mutating func reset(capacity: Int) {
        var wanted = 64
        while wanted < capacity * 2 { wanted <<= 1 }
        if wanted > size {
            size = wanted
            _ = keys.reserve(size)
            _ = values.reserve(size)
            stamps.reserve(size).initialize(repeating: 0, count: size)
            generation = 0
        }
        generation &+= 1
        if generation == 0 {
            stamps.pointer.initialize(repeating: 0, count: size)
            generation = 1
        }
    }

    /// The key's class, inserting it with id `next` when absent.
    @inline(__always)
    mutating func insert(_ hash: UInt64, next: Int32) -> Int32 {
        let mask = size - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let stamp = stamps.pointer
        let key = keys.pointer
        while stamp[slot] == generation {
            if key[slot] == hash { return values.pointer[slot] }
            slot = (slot + 1) & mask
        }
        stamp[slot] = generation
        key[slot] = hash
        values.pointer[slot] = next
        return next
    }

    /// Frees the table's memory; call once from the owner's `deinit`.
    func release() {
        keys.release()
        values.release()
        stamps.release()
    }

    /// The key's class, or nil.
    @inline(__always)
    func find(_ hash: UInt64) -> Int32? {
        let mask = size - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let stamp = stamps.pointer
        while stamp[slot] == generation {
            if keys.pointer[slot] == hash { return values.pointer[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}

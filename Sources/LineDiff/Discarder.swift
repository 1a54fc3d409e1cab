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

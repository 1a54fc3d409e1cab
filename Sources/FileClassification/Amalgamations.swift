import SourceScan

/// Files a build concatenated from other tracked files and committed: a single-header amalgamation
/// (nlohmann/json's `single_include/nlohmann/json.hpp`, 17,453 lines made of `include/`'s 60 headers), a bundle
/// built from the repository's own sources. Counted as code, such a file doubles its sources' size and changes with
/// each of them, a hidden coupling that is no design at all.
///
/// Each file carries a sample of its lines (`LineSample`): the same line in two files hashes alike and is
/// sampled in both. A file of at least `minimumLines` code lines is an amalgamation when at least `coverage` of
/// its sampled lines occur in at least three smaller files (its parts are smaller than the whole), leaving out one
/// that holds more than half of them: a near copy (an older release kept for tests, a second bundle of the same
/// sources) is not what the file is made of. Originals are never found: each is smaller than the amalgamation.
public struct Amalgamations: Sendable {
    public struct File: Sendable {
        public var path: String
        public var codeLines: Int
        public var sample: [UInt32]

        public init(path: String, codeLines: Int, sample: [UInt32]) {
            self.path = path
            self.codeLines = codeLines
            self.sample = sample
        }
    }

    /// Fewer sampled lines than this say too little to judge (a sample holds about one line in eight).
    static let minimumSample = 24
    static let minimumParts = 3

    /// The paths of the amalgamations among `files`, sorted.
    public static func find(_ files: [File], minimumLines: Int, coverage: Double) -> [String] {
        var owners: [UInt32: [Int]] = [:]
        for (index, file) in files.enumerated() {
            for hash in file.sample { owners[hash, default: []].append(index) }
        }
        return files.indices.filter { index in
            files[index].codeLines >= minimumLines && files[index].sample.count >= minimumSample
                && isAmalgamation(index, files, owners: owners, coverage: coverage)
        }.map { files[$0].path }.sorted()
    }

    /// Whether the candidate's smaller files hold `coverage` of its sampled lines, those holding more than half of
    /// them (near copies) left out, and at least three others take part.
    private static func isAmalgamation(_ candidate: Int, _ files: [File], owners: [UInt32: [Int]], coverage: Double) -> Bool {
        let size = files[candidate].codeLines
        let total = files[candidate].sample.count
        let parts = { (hash: UInt32) in (owners[hash] ?? []).lazy.filter { $0 != candidate && files[$0].codeLines < size } }
        var shares: [Int: Int] = [:]
        for hash in files[candidate].sample {
            for part in parts(hash) { shares[part, default: 0] += 1 }
        }
        // Every near copy is left out, not the first the dictionary yields: its order changes from run to run, and
        // symfony's AbstractBootstrap3LayoutTestCase.php, with two near copies, was an amalgamation in some runs.
        let copies = Set(shares.filter { 2 * $0.value > total }.keys)
        guard shares.count - copies.count >= minimumParts else { return false }
        let covered = files[candidate].sample.count { hash in parts(hash).contains { !copies.contains($0) } }
        return Double(covered) >= coverage * Double(total)
    }
}

/// A sample of a file's distinctive lines, hashed: lines with at least 8 letters or digits, leading and trailing
/// spaces dropped (a bundler re-indents), kept when their hash falls in one eighth of the range, so the same line is
/// kept in every file. Sorted and unique. One pass over the bytes, no allocation per line.
public enum LineSample {
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        var sample: [UInt32] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            if let hash = hash(bytes, start, end) { sample.append(hash) }
            start = end + 1
        }
        sample.sort()
        var unique: [UInt32] = []
        unique.reserveCapacity(sample.count)
        for hash in sample where unique.last != hash { unique.append(hash) }
        return unique
    }

    /// The line's hash when it is distinctive and sampled.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt32? {
        var low = start
        var high = end
        while low < high && isSpace(bytes[low]) { low += 1 }
        while high > low && isSpace(bytes[high - 1]) { high -= 1 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var alphanumerics = 0
        for index in low..<high {
            let byte = bytes[index]
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39 { alphanumerics += 1 }
        }
        // FNV's high bits mix poorly over short input: a finalizer (MurmurHash3's) before sampling on them.
        hash = (hash ^ (hash >> 33)) &* 0xff51_afd7_ed55_8ccd
        hash = (hash ^ (hash >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        guard alphanumerics >= 8, hash >> 61 == 0 else { return nil }
        return UInt32(truncatingIfNeeded: hash)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
}

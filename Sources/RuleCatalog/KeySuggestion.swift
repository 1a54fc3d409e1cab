/// The closest known key to a misspelt one, for "did you mean" hints.
enum KeySuggestion {
    /// The candidate within a small edit distance of `key` (at most a third of its length), if any.
    static func closest(to key: String, in candidates: [String]) -> String? {
        let limit = max(2, key.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(Array(key.lowercased().utf8), Array(candidate.lowercased().utf8))
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Levenshtein distance with transpositions counted once (optimal string alignment).
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    /// "unknown key 'x' in path (did you mean 'y'?); expected one of: a, b".
    static func unknownKey(_ key: String, in path: String, expected: [String], noun: String = "key") -> String {
        var hint = closest(to: key, in: expected).map { " (did you mean '\($0)'?)" } ?? ""
        // A threshold written on the rule itself (`file-size: { warning: 10 }`) belongs under `thresholds`.
        if hint.isEmpty, expected.contains("thresholds"), let threshold = closest(to: key, in: ["warning", "error"]) {
            hint = " (did you mean 'thresholds: { \(threshold): … }'?)"
        }
        let place = path.isEmpty ? "" : " in \(path)"
        return "unknown \(noun) '\(key)'\(place)\(hint); expected one of: \(expected.joined(separator: ", "))"
    }
}

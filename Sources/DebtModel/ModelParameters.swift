/// The debt model's parameters from `rules/model.yaml`, in hours (see that file for the formulas).
///
/// Principal is priced per rule (`Rule.effort`); these parameters price interest and the debt ratio.
public struct ModelParameters: Codable, Hashable, Sendable {
    /// One documented value: the value, its unit, why, and where it comes from.
    public struct Documented<Value: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
        public var value: Value
        public var unit: String
        public var rationale: String
        public var source: String

        public init(value: Value, unit: String, rationale: String = "", source: String = "") {
            self.value = value
            self.unit = unit
            self.rationale = rationale
            self.source = source
        }
    }

    /// One documented number.
    public typealias Parameter = Documented<Double>
    /// One documented list of words (or, for `subjectPrefixes`, of strings).
    public typealias Words = Documented<[String]>

    /// How a commit's subject says it fixes a bug (such commits weigh `Interest.fixWeight` changes).
    public struct Fixes: Codable, Hashable, Sendable {
        /// Words that announce a fix (`fix`, `bug`, `crash`…), matched whole, in any case.
        public var words: Words
        /// Words that make a fix housekeeping (`typo`, `docs`, `lint`…) unless a defect word is there too.
        public var housekeepingWords: Words
        /// Words that name a defect (`bug`, `leak`, `panic`…): a subject holding one is a fix despite housekeeping.
        public var defectWords: Words
        /// Subject openings that announce a fix whatever the words (gitmoji's 🐛 and 🚑).
        public var subjectPrefixes: Words

        /// Whether `text` is one word as a subject is read (Analyses' `FixCommits.words`): ASCII letters and
        /// alphabetic non-ASCII characters only. Anything else ends a word, so a listed word holding it never matches.
        public static func isWord(_ text: String) -> Bool {
            !text.isEmpty
                && text.unicodeScalars.allSatisfy {
                    $0.isASCII ? ($0.value | 0x20) >= 97 && ($0.value | 0x20) <= 122 : $0.properties.isAlphabetic
                }
        }

        private enum CodingKeys: String, CodingKey {
            case words
            case housekeepingWords = "housekeeping_words"
            case defectWords = "defect_words"
            case subjectPrefixes = "subject_prefixes"
        }
    }

    /// What leaving a finding in place costs per month of activity.
    public struct Interest: Codable, Hashable, Sendable {
        /// Days after which a change weighs half (exponential decay of change activity).
        public var activityHalfLifeDays: Parameter
        /// Hours an average change takes in healthy code.
        public var baselineHoursPerChange: Parameter
        /// Extra share of a change's time per threshold span of excess (1.24 at the error threshold).
        public var frictionPerThresholdSpan: Parameter
        /// The most friction one finding can add, as a share of a change's time.
        public var maximumFriction: Parameter
        /// A commit touching more files than this is mechanical (a release bump, a reformat, a move) and adds no
        /// activity.
        public var largestChangeFiles: Parameter
        /// A release commit that changes each code file by at most this many lines each way is a version bump:
        /// mechanical, no activity (0: none is).
        public var versionBumpLines: Parameter
        /// Bytes that must leave a file in one commit creating files for it to be split (its past then goes with them).
        public var splitBytes: Parameter
        /// The share of a file's bytes that must leave it in one commit for it to be split.
        public var splitShare: Parameter
        /// What a bug-fix commit weighs in activity, in changes (1: as any change).
        public var fixWeight: Parameter

        private enum CodingKeys: String, CodingKey {
            case activityHalfLifeDays = "activity_half_life_days"
            case baselineHoursPerChange = "baseline_hours_per_change"
            case frictionPerThresholdSpan = "friction_per_threshold_span"
            case maximumFriction = "maximum_friction"
            case largestChangeFiles = "largest_change_files"
            case versionBumpLines = "version_bump_lines"
            case splitBytes = "split_bytes"
            case splitShare = "split_share"
            case fixWeight = "fix_weight"
        }
    }

    /// Principal against the cost of writing the code anew, and its A–E rating grid.
    public struct DebtRatio: Codable, Hashable, Sendable {
        /// Minutes to write one code line (the ratio's denominator).
        public var minutesToWritePerLine: Parameter
        /// Upper bounds of ratings A–D; above `ratingDUpTo` rates E.
        public var ratingAUpTo: Parameter
        public var ratingBUpTo: Parameter
        public var ratingCUpTo: Parameter
        public var ratingDUpTo: Parameter

        private enum CodingKeys: String, CodingKey {
            case minutesToWritePerLine = "minutes_to_write_per_line"
            case ratingAUpTo = "rating_a_up_to"
            case ratingBUpTo = "rating_b_up_to"
            case ratingCUpTo = "rating_c_up_to"
            case ratingDUpTo = "rating_d_up_to"
        }
    }

    public var version: Int
    public var interest: Interest
    public var fixes: Fixes
    public var debtRatio: DebtRatio

    private enum CodingKeys: String, CodingKey {
        case version, interest, fixes
        case debtRatio = "debt_ratio"
    }
}

extension ModelParameters.DebtRatio {
    /// The rating letter (A–E) of a debt ratio (principal hours ÷ hours to write the code).
    public func rating(of ratio: Double) -> Character {
        if ratio <= ratingAUpTo.value { return "A" }
        if ratio <= ratingBUpTo.value { return "B" }
        if ratio <= ratingCUpTo.value { return "C" }
        if ratio <= ratingDUpTo.value { return "D" }
        return "E"
    }
}

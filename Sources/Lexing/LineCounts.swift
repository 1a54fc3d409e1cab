/// Lines of a file by kind, counted the way cloc counts them.
///
/// A line with only white space is blank (even inside a block comment); a line with any code or string
/// byte is code; a line with only comment bytes is comment. Documentation strings (Python's) count as comment.
public struct LineCounts: Hashable, Sendable, Codable {
    public var total: Int
    public var code: Int
    public var comment: Int
    public var blank: Int

    public init(total: Int = 0, code: Int = 0, comment: Int = 0, blank: Int = 0) {
        self.total = total
        self.code = code
        self.comment = comment
        self.blank = blank
    }

    public static func + (lhs: LineCounts, rhs: LineCounts) -> LineCounts {
        LineCounts(
            total: lhs.total + rhs.total, code: lhs.code + rhs.code,
            comment: lhs.comment + rhs.comment, blank: lhs.blank + rhs.blank)
    }

    /// What is left of `lhs` without `rhs`, a part of it (a file's lines without its in-file tests').
    public static func - (lhs: LineCounts, rhs: LineCounts) -> LineCounts {
        LineCounts(
            total: lhs.total - rhs.total, code: lhs.code - rhs.code,
            comment: lhs.comment - rhs.comment, blank: lhs.blank - rhs.blank)
    }

    public static func += (lhs: inout LineCounts, rhs: LineCounts) { lhs = lhs + rhs }
}

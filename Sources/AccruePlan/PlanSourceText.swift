import Foundation
import SymbolScan

/// What a split of a file over its size needs from its text beyond its symbols, read as text (never compiled): a Rust
/// inline module's attributes, which stay with the `mod x;` line the split leaves (crossbeam-epoch's atomic.rs has
/// `#[cfg(all(test, not(crossbeam_loom)))]` and an `#[allow(…)]` over `mod tests`, where the plan had quoted
/// `#[cfg(test)]`).
enum PlanSourceText {
    /// The attributes above each inline `mod` among `declarations` (`PlanFile.rustAttributes`).
    static func rustAttributes(_ declarations: [Declaration], lines: [Substring]) -> [Int: [String]] {
        var result: [Int: [String]] = [:]
        for declaration in declarations where declaration.kind == "mod" {
            result[declaration.startLine] = attributes(above: declaration.startLine, in: lines)
        }
        return result
    }

    /// The visibility before `mod` on each inline module's line (`pub mod error {` → `pub`), where it has one.
    static func rustVisibilities(_ declarations: [Declaration], lines: [Substring]) -> [Int: String] {
        var result: [Int: String] = [:]
        for declaration in declarations where declaration.kind == "mod" && declaration.startLine <= lines.count {
            let line = lines[declaration.startLine - 1]
            guard let range = line.range(of: "mod " + declaration.name) else { continue }
            let head = line[..<range.lowerBound].split(separator: "]").last?.trimmingWhitespace ?? ""
            if head.hasPrefix("pub") { result[declaration.startLine] = String(head) }
        }
        return result
    }

    /// The attributes right above line `line` (1-based) and before the item on it, each on one line with its
    /// white space collapsed (`#[allow(\n    a,\n    b\n)]` → `#[allow(a, b)]`); a blank line, a comment or the
    /// end of the item above (`}`, `;`) ends them.
    static func attributes(above line: Int, in lines: [Substring]) -> [String] {
        guard line >= 1, line <= lines.count else { return [] }
        var top = line
        while top > 1, line - top < 40 {
            let above = lines[top - 2].trimmingWhitespace
            guard !above.isEmpty, !above.hasPrefix("//"), !above.hasPrefix("/*"), !above.hasPrefix("*"),
                !above.hasSuffix(";"), !above.hasSuffix("}"), !above.hasSuffix("{")
            else { break }
            top -= 1
        }
        var text = lines[(top - 1)..<(line - 1)].map(\.trimmingWhitespace).joined(separator: " ")
        let own = lines[line - 1].trimmingWhitespace
        if own.hasPrefix("#[") { text += " " + own }
        return split(text)
    }

    /// `text`'s attributes, each `#[…]` to its closing bracket; whatever stands outside one is left out.
    private static func split(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var depth = 0
        var previous: Character = " "
        for character in text {
            if depth == 0 {
                if character == "[", previous == "#" { (current, depth) = ("#[", 1) }
                previous = character
                continue
            }
            current.append(character)
            if character == "[" { depth += 1 }
            if character == "]" { depth -= 1 }
            if depth == 0 { result.append(collapsed(current)) }
            previous = character
        }
        return result
    }

    /// An attribute's text without the spaces its line breaks left inside brackets (`( a, b )` → `(a, b)`) or a
    /// trailing comma before a closing one.
    private static func collapsed(_ text: String) -> String {
        var result = text
        for (from, to) in [("( ", "("), ("[ ", "["), (" )", ")"), (" ]", "]"), (",)", ")"), (",]", "]")] {
            while result.contains(from) { result = result.replacingOccurrences(of: from, with: to) }
        }
        return result
    }
}

extension Substring {
    /// The line without the spaces and tabs around it.
    var trimmingWhitespace: Substring {
        let isSpace = { (character: Character) in character == " " || character == "\t" || character == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return self[first...last]
    }
}

import SourceScan

/// Top-level `#if … #else … #endif` blocks (Swift): the declarations inside one are a single region, from its `#if`
/// line to its `#endif` line, named after the first of them, so a split moves the block whole or not at all.
///
/// SnapKit's Tests.swift declares `typealias View` and `extension View` once under `#if canImport(UIKit)` and once
/// under `#else`: its split had moved lines 3–25, without the `#if` line but with the `#else`, the `#endif` and the
/// imports after it. A block holding every region of the file (a file-wide platform guard) is left as it is.
package struct ConditionalBlocks {
    let source: SymbolSource
    let ends: StatementEnds

    package init(source: SymbolSource, ends: StatementEnds) {
        self.source = source
        self.ends = ends
    }

    /// Joins the regions of `found` (sorted by line) inside each top-level conditional block.
    package func join(_ found: inout [FoundDeclaration]) {
        let regions = found.indices.filter { found[$0].isRegion }
        for block in blocks() {
            let inside = regions.filter { block.contains(found[$0].startLine) }
            guard let first = inside.first, inside.count < regions.count else { continue }
            found[first].startLine = block.lowerBound
            found[first].endLine = block.upperBound
            for other in inside.dropFirst() { found[other].isRegion = false }
        }
    }

    /// The lines of each outermost `#if … #else … #endif` at bracket depth zero: a block of alternatives. A guard
    /// alone (Alamofire's `#if canImport(Security)` around six evaluator classes, lines 97–723) holds declarations
    /// that may part, each new file under the same guard.
    func blocks() -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        var block = (open: 0, nesting: 0, branches: false)
        for index in source.tokens.indices where source.tokens[index].kind == .directive && ends.depth(at: index) == 0 {
            if let closed = step(&block, at: index) { result.append(closed) }
        }
        return result
    }

    /// Follows the directive at `index`; the lines of the block of alternatives it closes, if any.
    private func step(_ block: inout (open: Int, nesting: Int, branches: Bool), at index: Int) -> ClosedRange<Int>? {
        let (word, line) = (source.text(source.tokens[index]), Int(source.tokens[index].line))
        switch word {
        case "#if", "#ifdef", "#ifndef":
            if block.nesting == 0 { (block.open, block.branches) = (line, false) }
            block.nesting += 1
        case "#else", "#elseif":
            block.branches = block.branches || block.nesting == 1
        case "#endif" where block.nesting > 0:
            block.nesting -= 1
            return block.nesting == 0 && block.branches ? block.open...line : nil
        default: break
        }
        return nil
    }
}

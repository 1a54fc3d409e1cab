import SourceScan

/// Top-level `#if … #endif` blocks (Swift): the declarations inside one are a single region, from its `#if` line to
/// its `#endif` line, named after the first of them, so a split moves the block whole or not at all.
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

    /// The lines of each outermost `#if … #endif` at bracket depth zero.
    func blocks() -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        var (open, nesting) = (0, 0)
        for index in source.tokens.indices where source.tokens[index].kind == .directive && ends.depth(at: index) == 0 {
            let word = source.text(source.tokens[index])
            if word == "#if" || word == "#ifdef" || word == "#ifndef" {
                if nesting == 0 { open = Int(source.tokens[index].line) }
                nesting += 1
            } else if word == "#endif", nesting > 0 {
                nesting -= 1
                if nesting == 0 { result.append(open...Int(source.tokens[index].line)) }
            }
        }
        return result
    }
}

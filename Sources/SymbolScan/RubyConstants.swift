import DeclarationScan
import SourceScan

/// Ruby's classes and modules by their whole names: those a file declares (`class Example` inside `module RSpec` and
/// `module Core` is `RSpec::Core::Example`; `module Puma::Rack` is `Puma::Rack`; a constant assigned at the start of a
/// line too, `SharedContext = Core::SharedContext` inside `module RSpec`), and, for each constant path it writes, by
/// the path's first segment, the whole names it may mean as Ruby's lexical lookup tries them: each prefix of the path
/// from the top (`Rack`, `Rack::Builder`) and inside each module around it (`Puma::Rack` and `Puma::Rack::Builder`
/// inside `module Puma`); a path written from `::` (`::Rack::Builder`, and `Object.const_defined?(:Rack)`) only from
/// the top; a symbol (`autoload :ExceptionPresenter`, `const_get(:Mocha)`) its name in any module. The modules around a
/// line are those whose `class` or `module` line is less indented, or as indented with no `end` at that indentation
/// since. Constants an `include`d module or a superclass brings are not looked up. AccruePlan's `RubyConstantScope`
/// links a use to a declaration only where the whole names agree: puma's uses of the rack gem's `Rack::Builder`
/// outside `module Puma` had used the `module Puma::Rack` it vendors.
package struct RubyConstants {
    let source: SymbolSource

    /// What a symbol naming a constant (`autoload :ExceptionPresenter`, `const_get(:Mocha)`) may mean: the name in
    /// any module, as the receiver is unknown (`*::Mocha`).
    package static let anyModule = "*::"

    private enum Start { case relative, absolute, symbol }
    private typealias Path = (segments: [String], end: Int, start: Start)
    private struct State {
        var declared = Set<String>()
        var paths: [String: Set<String>] = [:]
        var open: [(column: Int, name: String)] = []
    }

    /// The whole names the file declares, sorted, and those each first segment of its paths may mean, sorted.
    func find() -> (declared: [String], paths: [String: [String]]) {
        var state = State()
        var index = 0
        while index < source.tokens.count {
            if let column = indentation(of: index) { close(&state.open, at: index, column: column) }
            guard let path = path(at: index) else {
                index += 1
                continue
            }
            record(path, at: index, in: &state)
            index = path.end
        }
        return (state.declared.sorted(), state.paths.mapValues { $0.sorted() })
    }

    /// Adds what `path`, starting at `index`, may mean, and the whole name it declares after `class` or `module`, or
    /// as a constant assigned at the start of a line (`SharedContext = Core::SharedContext` inside `module RSpec`).
    private func record(_ path: Path, at index: Int, in state: inout State) {
        let first = path.segments[0]
        guard path.start != .symbol else {
            state.paths[first, default: []].insert(Self.anyModule + first)
            return
        }
        let around = path.start == .absolute ? [] : state.open.map(\.name)
        for length in 1...path.segments.count {
            let prefix = path.segments.prefix(length).joined(separator: "::")
            state.paths[first, default: []].insert(prefix)
            for module in around { state.paths[first, default: []].insert(module + "::" + prefix) }
        }
        guard path.start == .relative else { return }
        let whole = (state.open.last.map { $0.name + "::" } ?? "") + path.segments.joined(separator: "::")
        if let column = declaringColumn(before: index) {
            state.declared.insert(whole)
            if !endsOnItsLine(from: path.end) { state.open.append((column, whole)) }
        } else if path.segments.count == 1, indentation(of: index) != nil, source.isPunct(path.end, "=") {
            state.declared.insert(whole)
        }
    }

    /// Leaves the modules a line starting at `index`, indented by `column`, is outside of: those more indented, and
    /// the innermost as indented where the line is its `end`.
    private func close(_ open: inout [(column: Int, name: String)], at index: Int, column: Int) {
        while let last = open.last, last.column > column { open.removeLast() }
        if let last = open.last, last.column == column, source.isWord(index, "end") { open.removeLast() }
    }

    /// The constant path starting at `index` (`RSpec::Core::Example`, `::Rack::Builder`, `:Mocha`) and the index
    /// after it; nil where none starts: no capitalized word, a segment after another, a method's name after a `.`.
    private func path(at index: Int) -> Path? {
        guard source.isCapitalized(index), !(index > 0 && source.isPunct(index - 1, ".")) else { return nil }
        var start = Start.relative
        if index > 0, source.isPunct(index - 1, "::") {
            guard !(index > 1 && source.isWord(index - 2) && touches(index - 2, index - 1)) else { return nil }
            start = .absolute
        } else if index > 0, source.isPunct(index - 1, ":"), touches(index - 1, index) {
            start = isObjectConstant(symbolAt: index - 1) ? .absolute : .symbol
        }
        var segments = [source.text(source.tokens[index])]
        var cursor = index + 1
        while source.isPunct(cursor, "::"), touches(cursor - 1, cursor), source.isCapitalized(cursor + 1) {
            segments.append(source.text(source.tokens[cursor + 1]))
            cursor += 2
        }
        return (segments, cursor, start)
    }

    /// Whether the symbol whose `:` is at `colon` is the argument of `Object.const_…` (`Object.const_defined?(:Rack)`):
    /// a constant of the top level.
    private func isObjectConstant(symbolAt colon: Int) -> Bool {
        var cursor = colon - 1
        while cursor > 0, source.isPunct(cursor, "(") || source.isPunct(cursor, "?") { cursor -= 1 }
        return cursor > 1 && source.isWord(cursor) && source.text(source.tokens[cursor]).hasPrefix("const_")
            && source.isPunct(cursor - 1, ".") && source.isWord(cursor - 2, "Object")
    }

    /// The indentation of the `class` or `module` keyword right before `index` where it starts its line; else nil.
    private func declaringColumn(before index: Int) -> Int? {
        guard index > 0, source.isWord(index - 1, "class") || source.isWord(index - 1, "module") else { return nil }
        return indentation(of: index - 1)
    }

    /// Whether an `end` closes the declaration on its own line (`class Error < StandardError; end`).
    private func endsOnItsLine(from index: Int) -> Bool {
        guard index > 0 else { return false }
        let line = source.tokens[index - 1].line
        var cursor = index
        while cursor < source.tokens.count, source.tokens[cursor].line == line {
            if source.isWord(cursor, "end") { return true }
            cursor += 1
        }
        return false
    }

    /// The token's indentation where it is the first of its line (only blanks before it there); else nil.
    private func indentation(of index: Int) -> Int? {
        let tokens = source.tokens
        guard index == 0 || tokens[index - 1].line != tokens[index].line || tokens[index - 1].kind == .string else {
            return nil
        }
        guard tokens[index].kind == .word || tokens[index].kind == .punct else { return nil }
        return source.indentation(of: index)
    }

    private func touches(_ first: Int, _ second: Int) -> Bool {
        second < source.tokens.count && source.tokens[first].end == Int(source.tokens[second].start)
    }
}

import SourceScan

/// Clojure, ClojureScript and cljc: the namespaces an `(ns …)` form's `(:require …)`, `(:use …)` and
/// `(:require-macros …)` name, and the `(require '…)` and `(use '…)` calls; `(:import …)` names classes, read as
/// their package (`(:import [metabase.driver_api Foo])`, a record defined in the namespace `metabase.driver-api`).
///
/// A libspec is a symbol (`a.b`), a vector naming one with options (`[a.b :as x :refer [y]]`) or a prefix list
/// (`[a.b c [d :as e]]`: `a.b.c`, `a.b.d`); a reader conditional (`#?(:clj […] :cljs […])`, `#?@`) contributes every
/// branch's; `#_` drops the libspec after it. A string (`["react" :as react]`, an npm package) names no namespace
/// of the repository. The lexer splits a
/// symbol such as `metabase.driver-api.core` into several tokens; adjacent ones are glued back.
enum ClojureImports {
    /// A form as the grammar needs it: a symbol (keywords too, `:as`), a bracketed group, or anything else.
    indirect enum Form {
        case symbol(String, line: Int)
        case group([Form])
        case other

        var symbol: String? {
            if case .symbol(let text, _) = self { return text }
            return nil
        }

        var isKeyword: Bool { symbol?.hasPrefix(":") ?? false }
    }

    /// Forms nested deeper than this inside one `ns` or `require` form are skipped, not read.
    static let maxDepth = 32

    static func read(_ reader: inout ImportReader) {
        var position = 0
        while position < reader.count {
            guard reader.isPunct(position, "("), let (head, _) = symbol(reader, at: position + 1),
                ["ns", "require", "use", "comment"].contains(head)
            else {
                position += 1
                continue
            }
            let (form, end) = parse(reader, at: position, depth: 0)
            if case .group(let items) = form { readForm(&reader, head: head, items) }
            position = max(end, position + 1)
        }
    }

    /// `(ns name … clauses)`, or a `(require …)` or `(use …)` call; a `(comment …)` form is never evaluated, so the
    /// REPL session a rich comment keeps (`(require '[dev.jocke :as dev])`) names nothing.
    private static func readForm(_ reader: inout ImportReader, head: String, _ items: [Form]) {
        guard head != "comment" else { return }
        guard head == "ns" else { return readLibspecs(&reader, items.dropFirst(), prefix: nil) }
        var conditional = false
        for item in items.dropFirst(2) {
            defer { conditional = item.symbol?.hasPrefix("#?") == true }
            guard case .group(let clause) = item else { continue }
            if conditional { readConditionalClauses(&reader, clause) } else { readClause(&reader, clause) }
        }
    }

    /// The clauses of a reader conditional in an `ns` form, every branch's: `#?(:clj (:require …))`, or spliced,
    /// `#?@(:clj [(:require …) (:import …)])` (metosin/reitit's swagger_ui.cljc required `reitit.ring` only so).
    private static func readConditionalClauses(_ reader: inout ImportReader, _ branches: [Form]) {
        for case .group(let branch) in branches {
            if case .group = branch.first {
                for case .group(let clause) in branch { readClause(&reader, clause) }
            } else {
                readClause(&reader, branch)
            }
        }
    }

    /// One clause of an `ns` form: `(:require …)`, `(:use …)`, `(:require-macros …)` or `(:import …)`.
    private static func readClause(_ reader: inout ImportReader, _ clause: [Form]) {
        switch clause.first?.symbol {
        case ":require", ":use", ":require-macros", ":use-macros": readLibspecs(&reader, clause.dropFirst(), prefix: nil)
        case ":import": readImports(&reader, clause.dropFirst())
        default: break
        }
    }

    private static func readLibspecs(_ reader: inout ImportReader, _ items: ArraySlice<Form>, prefix: String?) {
        var conditional: String?
        var discarding = false
        for item in items {
            defer { conditional = item.symbol.flatMap { $0.hasPrefix("#?") ? $0 : nil } }
            // `#_` drops the form after it.
            if discarding || item.symbol == "#_" {
                discarding = !discarding
                continue
            }
            switch item {
            case .symbol(let name, let line) where !item.isKeyword && !name.hasPrefix("#"):
                reader.add(prefix.map { $0 + "." + name } ?? name, .module, line: line)
            case .group(let members) where conditional != nil:
                readConditional(&reader, members, splicing: conditional == "#?@", prefix: prefix)
            case .group(let members):
                readLibspec(&reader, members, prefix: prefix)
            default:
                continue
            }
        }
    }

    /// `[a.b :as x]` (or `[a.b]`) names `a.b`; `[a.b c [d :as e]]` is a prefix list.
    private static func readLibspec(_ reader: inout ImportReader, _ members: [Form], prefix: String?) {
        guard case .symbol(let name, let line) = members.first, !members[0].isKeyword else { return }
        let full = prefix.map { $0 + "." + name } ?? name
        let rest = members.dropFirst()
        if rest.isEmpty || rest.contains(where: \.isKeyword) {
            reader.add(full, .module, line: line)
        } else {
            readLibspecs(&reader, rest, prefix: full)
        }
    }

    /// `#?(:clj a.b :cljs [c.d])`: each branch a libspec; `#?@(:clj [[a.b] [c.d]])` splices a vector of them.
    private static func readConditional(_ reader: inout ImportReader, _ branches: [Form], splicing: Bool, prefix: String?) {
        for branch in branches where !branch.isKeyword {
            if splicing, case .group(let spliced) = branch {
                readLibspecs(&reader, spliced[...], prefix: prefix)
            } else {
                readLibspecs(&reader, [branch], prefix: prefix)
            }
        }
    }

    /// `(:import a.b.C [a.b D E] (a.b F))`: each class's package, once per clause.
    private static func readImports(_ reader: inout ImportReader, _ items: ArraySlice<Form>) {
        var seen: Set<String> = []
        for item in items {
            let package: (String, Int)?
            switch item {
            case .symbol(let name, let line):
                package = name.lastIndex(of: ".").map { (String(name[..<$0]), line) }
            case .group(let members):
                package = members.first.flatMap { first in
                    if case .symbol(let name, let line) = first { return (name, line) }
                    return nil
                }
            case .other:
                package = nil
            }
            if let (name, line) = package, !name.hasPrefix(":"), seen.insert(name).inserted {
                reader.add(name, .module, line: line)
            }
        }
    }

    /// The form starting at `position`: a group up to its closing bracket (an unclosed one ends with the file),
    /// a symbol, or one other token. Returns the position after it.
    static func parse(_ reader: ImportReader, at position: Int, depth: Int) -> (Form, Int) {
        if isOpening(reader, position) {
            var items: [Form] = []
            var next = position + 1
            while next < reader.count && !isClosing(reader, next) {
                if depth >= maxDepth {
                    next += 1
                    continue
                }
                let (item, end) = parse(reader, at: next, depth: depth + 1)
                items.append(item)
                next = end
            }
            return (.group(items), next + 1)
        }
        if let (text, end) = symbol(reader, at: position) {
            return (.symbol(text, line: reader.line(at: position)), end)
        }
        return (.other, position + 1)
    }

    private static func isOpening(_ reader: ImportReader, _ position: Int) -> Bool {
        reader.isPunct(position, oneOf: ["(", "[", "{"])
    }

    private static func isClosing(_ reader: ImportReader, _ position: Int) -> Bool {
        reader.isPunct(position, oneOf: [")", "]", "}"])
    }

    /// Tokens that never belong to a symbol: brackets, quoting and deref marks, commas.
    private static func isSeparator(_ reader: ImportReader, _ position: Int) -> Bool {
        reader.kind(at: position) == .string
            || reader.isPunct(position, oneOf: ["(", ")", "[", "]", "{", "}", "'", "`", "~", "^", ","])
    }

    /// The symbol or keyword starting at `position` and the position after it: adjacent tokens glued
    /// (`metabase.driver-api.core`, `:as`, `#?@`); nil at a separator. A leading quote is skipped (`'a.b`).
    static func symbol(_ reader: ImportReader, at start: Int) -> (String, Int)? {
        var position = start
        if reader.isPunct(position, "'") { position += 1 }
        guard position < reader.count, !isSeparator(reader, position) else { return nil }
        var text = reader.text(at: position)
        var next = position + 1
        while next < reader.count, reader.tokens[next].start == Int32(reader.tokens[next - 1].end), !isSeparator(reader, next) {
            text += reader.text(at: next)
            next += 1
        }
        return (text, next)
    }
}

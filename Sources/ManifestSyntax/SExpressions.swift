/// S-expressions as dune writes them (`dune`, `dune-project`): atoms, quoted strings, lists; `;` line comments,
/// `#| … |#` block comments and `#;` datum comments dropped. Parsed without recursion, so deep nesting costs
/// nothing but memory; an unclosed list is closed at the end of the file with a problem naming where it opened.
///
/// With `edn`, Clojure's data as `deps.edn` and `project.clj` write it: vectors `[…]`, maps `{…}` and sets `#{…}`
/// are lists too (a map's items alternate key and value, see `Node.value(of:)`), commas are space and `#_` drops
/// the next datum; a quote (`'`) or metadata mark (`^`) is an atom of its own.
package struct SExpressions: Sendable {
    package indirect enum Node: Sendable {
        case atom(String, line: Int)
        case list([Node], line: Int)

        /// The atom's text (a quoted string without its quotes), nil for a list.
        package var atom: String? {
            if case .atom(let text, _) = self { return text }
            return nil
        }

        /// The list's items, empty for an atom.
        package var items: [Node] {
            if case .list(let items, _) = self { return items }
            return []
        }

        package var line: Int {
            switch self {
            case .atom(_, let line), .list(_, let line): line
            }
        }

        /// `(head …)`: the list's first atom.
        package var head: String? { items.first?.atom }

        /// The items after the head of the first field `(key …)` of this list, nil when it has none.
        package func field(_ key: String) -> [Node]? {
            items.first { $0.head == key }.map { Array($0.items.dropFirst()) }
        }

        /// An EDN map's value for the atom `key` (`:deps`), reading the items as key, value, key, value…; nil
        /// when no key is that atom.
        package func value(of key: String) -> Node? {
            let items = items
            var index = 0
            while index + 1 < items.count {
                if items[index].atom == key { return items[index + 1] }
                index += 2
            }
            return nil
        }
    }

    /// The top-level forms.
    package let nodes: [Node]
    package let problems: [(line: Int, message: String)]

    package init(_ bytes: [UInt8], edn: Bool = false) {
        var parser = Parser(bytes: bytes, edn: edn)
        while parser.index < bytes.count { parser.step() }
        let (nodes, problems) = parser.finish()
        self.nodes = nodes
        self.problems = problems
    }

    /// The reader's state: open lists (the outermost is the file), the line, and how many coming data `#;` (`#_`) drops.
    private struct Parser {
        let bytes: [UInt8]
        let edn: Bool
        var stack: [(items: [Node], line: Int, skip: Int)] = [([], 1, 0)]
        var problems: [(line: Int, message: String)] = []
        var line = 1
        var index = 0
        var skip = 0

        init(bytes: [UInt8], edn: Bool) {
            self.bytes = bytes
            self.edn = edn
        }

        /// Reads one token, comment or run of space.
        mutating func step() {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if edn && ednStep(byte, next: next) { return }
            switch byte {
            case 10:
                line += 1
                index += 1
            case 32, 9, 13: index += 1
            case 59: while index < bytes.count && bytes[index] != 10 { index += 1 }  // ;
            case 35 where !edn && next == 124: skipBlockComment()  // #|
            case 35 where !edn && next == 59:  // #;
                skip += 1
                index += 2
            case 40: open()  // (
            case 41: close()
            case 34: string()
            default: atom()
            }
        }

        /// EDN's own syntax: whether `byte` (before `next`) was one of it, and is read.
        private mutating func ednStep(_ byte: UInt8, next: UInt8) -> Bool {
            switch byte {
            case 44: index += 1  // ,
            case 35 where next == 95:  // #_
                skip += 1
                index += 2
            case 35 where next == 123: index += 1  // #{: the set's brace opens next
            case 39, 94:  // ' ^
                add(.atom(String(UnicodeScalar(byte)), line: line))
                index += 1
            case 92: atom(from: index + 2)  // a character literal, \( or \newline
            case 91, 123: open()  // [ {
            case 93, 125: close()  // ] }
            default: return false
            }
            return true
        }

        private mutating func open() {
            stack.append(([], line, skip))
            skip = 0
            index += 1
        }

        private mutating func skipBlockComment() {
            index += 2
            while index + 1 < bytes.count && !(bytes[index] == 124 && bytes[index + 1] == 35) {
                if bytes[index] == 10 { line += 1 }
                index += 1
            }
            index += 2
        }

        private mutating func close() {
            index += 1
            guard stack.count > 1 else {
                problems.append((line, "unbalanced closing \(edn ? "bracket" : "parenthesis")"))
                return
            }
            let closed = stack.removeLast()
            skip = closed.skip
            add(.list(closed.items, line: closed.line))
        }

        private mutating func string() {
            let start = line
            var text: [UInt8] = []
            index += 1
            while index < bytes.count && bytes[index] != 34 {
                if bytes[index] == 92 && index + 1 < bytes.count { index += 1 }
                if bytes[index] == 10 { line += 1 }
                text.append(bytes[index])
                index += 1
            }
            if index >= bytes.count { problems.append((start, "string opened here is never closed")) }
            index += 1
            add(.atom(String(decoding: text, as: UTF8.self), line: start))
        }

        private mutating func atom(from first: Int? = nil) {
            let start = index
            index = min(first ?? index, bytes.count)
            let ends: [UInt8] = edn ? [10, 32, 9, 13, 40, 41, 34, 59, 44, 91, 93, 123, 125] : [10, 32, 9, 13, 40, 41, 34, 59]
            while index < bytes.count, !ends.contains(bytes[index]) { index += 1 }
            add(.atom(String(decoding: bytes[start..<index], as: UTF8.self), line: line))
        }

        private mutating func add(_ node: Node) {
            if skip > 0 {
                skip -= 1
            } else {
                stack[stack.count - 1].items.append(node)
            }
        }

        /// Closes what is still open at the end of the file, with a problem naming where the outermost opened.
        mutating func finish() -> ([Node], [(line: Int, message: String)]) {
            if stack.count > 1 {
                problems.append((stack[1].line, "\(edn ? "bracket" : "parenthesis") opened here is never closed"))
            }
            while stack.count > 1 {
                let closed = stack.removeLast()
                stack[stack.count - 1].items.append(.list(closed.items, line: closed.line))
            }
            return (stack[0].items, problems)
        }
    }
}

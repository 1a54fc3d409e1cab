import TOMLText
/// The text content of an XML document's elements, by element path (`project/modules/module`).
///
/// A tag scanner, not an XML parser: comments, CDATA, processing instructions and declarations are
/// skipped; a close tag that matches no open element is a problem and is ignored; a close tag for an outer
/// element closes the inner ones. Nesting deeper than `maximumDepth` stops the scan with a problem.
package struct XMLOutline {
    package struct Text: Hashable {
        package var path: String
        package var text: String
        package var line: Int
    }

    static let maximumDepth = 200

    package private(set) var texts: [Text] = []
    /// Every attribute of every element, in document order (`Project/ItemGroup/ProjectReference` `Include`).
    package private(set) var attributes: [Attribute] = []
    package private(set) var problems: [(line: Int, message: String)] = []
    /// The open elements while scanning; emptied when done.
    private var stack: [String] = []

    package init(_ bytes: [UInt8]) {
        var index = 0
        var line = 1
        var textStart = 0
        var textLine = 1
        var pending: [UInt8] = []
        let count = bytes.count

        func advance(past terminator: [UInt8]) {
            while index < count {
                if bytes[index] == 10 { line += 1 }
                if bytes[index] == terminator[0] && index + terminator.count <= count
                    && bytes[index..<index + terminator.count].elementsEqual(terminator)
                {
                    index += terminator.count
                    return
                }
                index += 1
            }
        }

        while index < count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "<") else {
                if byte == 10 { line += 1 }
                index += 1
                continue
            }
            pending += bytes[textStart..<index]
            let tagLine = line
            if bytes[index...].starts(with: Array("<![CDATA[".utf8)) {
                // CDATA is text: keep its contents and go on collecting.
                let start = index + 9
                advance(past: Array("]]>".utf8))
                pending += bytes[start..<max(start, index - 3)]
                textStart = index
                continue
            }
            let text = String(decoding: pending, as: UTF8.self).trimmingSpaces()
            pending.removeAll(keepingCapacity: true)
            if !text.isEmpty, !stack.isEmpty {
                texts.append(Text(path: stack.joined(separator: "/"), text: text, line: textLine))
            }
            if bytes[index...].starts(with: Array("<!--".utf8)) {
                advance(past: Array("-->".utf8))
            } else if index + 1 < count && (bytes[index + 1] == UInt8(ascii: "?") || bytes[index + 1] == UInt8(ascii: "!")) {
                advance(past: [UInt8(ascii: ">")])
            } else {
                let start = index + 1
                index = Self.tagEnd(bytes, from: index, line: &line)
                let tag = bytes[start..<max(start, index - 1)]
                let isClosing = tag.first == UInt8(ascii: "/")
                let isSelfClosing = tag.last == UInt8(ascii: "/")
                let name = String(decoding: tag.drop { $0 == UInt8(ascii: "/") }.prefix { !Self.endsName($0) }, as: UTF8.self)
                if name.isEmpty {
                    problems.append((tagLine, "unreadable tag"))
                } else if isClosing {
                    close(name, line: tagLine)
                } else if !open(name, tag: tag, isSelfClosing: isSelfClosing, line: tagLine) {
                    return
                }
            }
            textStart = index
            textLine = line
        }
        if let open = stack.last { problems.append((line, "unclosed element <\(open.prefix(40))>")) }
        stack = []
    }

    /// The offset past a tag's `>`, not one inside a quoted attribute value (MSBuild's `@(Items->'%(Filename).xml')`),
    /// counting the lines it passes.
    private static func tagEnd(_ bytes: [UInt8], from start: Int, line: inout Int) -> Int {
        var quote: UInt8 = 0
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 10 { line += 1 }
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 34 || byte == 39 {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index
            }
        }
        return index
    }

    /// A close tag: closes its element and any left open inside it, or is a problem when nothing matches.
    private mutating func close(_ name: String, line: Int) {
        guard let open = stack.lastIndex(of: name) else {
            problems.append((line, "closing tag </\(name.prefix(40))> matches no open element"))
            return
        }
        if open < stack.count - 1 {
            problems.append((line, "</\(name.prefix(40))> leaves <\(stack[open + 1].prefix(40))> unclosed"))
        }
        stack.removeSubrange(open...)
    }

    /// An open tag: its attributes recorded, the element entered unless self-closing. False when too deep.
    private mutating func open(_ name: String, tag: ArraySlice<UInt8>, isSelfClosing: Bool, line: Int) -> Bool {
        attributes += Self.attributes(of: tag, path: (stack + [name]).joined(separator: "/"), line: line)
        guard !isSelfClosing else { return true }
        stack.append(name)
        guard stack.count <= Self.maximumDepth else {
            problems.append((line, "elements nested deeper than \(Self.maximumDepth) levels"))
            return false
        }
        return true
    }

    /// An attribute's value, unescaped only of its quotes, keyed by its element's path and its name.
    package struct Attribute: Hashable {
        package var path: String
        package var name: String
        package var value: String
        package var line: Int
    }

    /// The values of attribute `name` on the elements at exactly `path`, in document order.
    package func attributes(at path: String, named name: String) -> [Text] {
        attributes.filter { $0.path == path && $0.name == name }.map { Text(path: path, text: $0.value, line: $0.line) }
    }

    /// `name="value"` and `name='value'` pairs after a tag's name; anything else is skipped.
    private static func attributes(of tag: ArraySlice<UInt8>, path: String, line: Int) -> [Attribute] {
        var found: [Attribute] = []
        var index = tag.firstIndex(where: endsName) ?? tag.endIndex
        while index < tag.endIndex {
            index = tag[index...].firstIndex { !endsName($0) && $0 != UInt8(ascii: "=") } ?? tag.endIndex
            let nameEnd = tag[index...].firstIndex { endsName($0) || $0 == UInt8(ascii: "=") } ?? tag.endIndex
            let name = String(decoding: tag[index..<nameEnd], as: UTF8.self)
            index = tag[nameEnd...].firstIndex { !isSpace($0) } ?? tag.endIndex
            guard index < tag.endIndex, tag[index] == UInt8(ascii: "=") else { continue }
            index = tag[(index + 1)...].firstIndex { !isSpace($0) } ?? tag.endIndex
            guard let quote = tag[index...].first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { continue }
            let valueEnd = tag[(index + 1)...].firstIndex(of: quote) ?? tag.endIndex
            found.append(Attribute(path: path, name: name, value: String(decoding: tag[(index + 1)..<valueEnd], as: UTF8.self), line: line))
            index = min(valueEnd + 1, tag.endIndex)
        }
        return found
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13
    }

    /// The texts of elements at exactly `path`, in document order.
    package func texts(at path: String) -> [Text] {
        texts.filter { $0.path == path }
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }
}

import ModuleGraph
/// The text content of an XML document's elements, by element path (`project/modules/module`).
///
/// A tag scanner, not an XML parser: comments, CDATA, processing instructions and declarations are
/// skipped; a close tag that matches no open element is a problem and is ignored; a close tag for an outer
/// element closes the inner ones. Nesting deeper than `maximumDepth` stops the scan with a problem.
struct XMLOutline {
    struct Text: Hashable {
        var path: String
        var text: String
        var line: Int
    }

    static let maximumDepth = 200

    private(set) var texts: [Text] = []
    private(set) var problems: [(line: Int, message: String)] = []

    init(_ bytes: [UInt8]) {
        var stack: [String] = []
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
                advance(past: [UInt8(ascii: ">")])
                let tag = bytes[start..<max(start, index - 1)]
                let isClosing = tag.first == UInt8(ascii: "/")
                let isSelfClosing = tag.last == UInt8(ascii: "/")
                let name = String(decoding: tag.drop { $0 == UInt8(ascii: "/") }.prefix { !Self.endsName($0) }, as: UTF8.self)
                if name.isEmpty {
                    problems.append((tagLine, "unreadable tag"))
                } else if isClosing {
                    if let open = stack.lastIndex(of: name) {
                        if open < stack.count - 1 {
                            problems.append((tagLine, "</\(name.prefix(40))> leaves <\(stack[open + 1].prefix(40))> unclosed"))
                        }
                        stack.removeSubrange(open...)
                    } else {
                        problems.append((tagLine, "closing tag </\(name.prefix(40))> matches no open element"))
                    }
                } else if !isSelfClosing {
                    stack.append(name)
                    if stack.count > Self.maximumDepth {
                        problems.append((tagLine, "elements nested deeper than \(Self.maximumDepth) levels"))
                        return
                    }
                }
            }
            textStart = index
            textLine = line
        }
        if let open = stack.last { problems.append((line, "unclosed element <\(open.prefix(40))>")) }
    }

    /// The texts of elements at exactly `path`, in document order.
    func texts(at path: String) -> [Text] {
        texts.filter { $0.path == path }
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }
}

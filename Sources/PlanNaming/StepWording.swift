/// How a plan's steps word what they list: declarations moving together, the cycles a stage's imports close.
/// Pure text, kept apart from the planning that decides them.
package enum StepWording {
    /// How a list of declarations names one: a region of a type's methods (Go) or an extension by the type it
    /// extends, which a bare name would confuse with the type (`Program` four times over).
    package static func label(name: String, kind: String) -> String {
        switch kind {
        case "method": "`\(name)`'s methods"
        case "extension", "impl": "\(kind) `\(name)`"
        default: named(name)
        }
    }

    /// A declaration's name in code quotes; an operator function's (Swift's `func ==`) as `` operator `==` ``.
    package static func named(_ name: String) -> String {
        isOperator(name) ? "operator `\(name)`" : "`\(name)`"
    }

    /// Whether a declaration's name is an operator's (`==`, `<*>`), which names no file.
    package static func isOperator(_ name: String) -> Bool {
        name.first.map { $0.isLetter || $0 == "_" || $0 == "$" || $0 == "`" } == false
    }

    /// One run of declarations of one name, one after the other, as a step lists it: `` `name` (12–30) ``,
    /// `` `name` ×5 (65–188) `` (TypeScript's overloads, a type's extensions side by side).
    /// A run whose members lie apart (a type and its extension 600 lines further on) names each piece's lines, those
    /// under five lines apart joined: `` `ServerSocketChannel` ×2 (206–473, 1091–1096) ``.
    package static func run(name: String, kind: String, count: Int, pieces: [ClosedRange<Int>]) -> String {
        let times = count > 1 ? " ×\(count)" : ""
        var joined: [ClosedRange<Int>] = []
        for piece in pieces {
            if let last = joined.last, piece.lowerBound <= last.upperBound + 5 {
                joined[joined.count - 1] = last.lowerBound...max(last.upperBound, piece.upperBound)
            } else {
                joined.append(piece)
            }
        }
        let shown = joined.prefix(4).map { "\($0.lowerBound)–\($0.upperBound)" }.joined(separator: ", ")
        return "\(label(name: name, kind: kind))\(times) (\(shown)\(joined.count > 4 ? ", …" : ""))"
    }

    /// The step stating the cycles a stage's imports close, as a coupling's home states why a side may not be one.
    package static func cycleStep(_ rings: [String]) -> String {
        "Mind the module cycle: this stage's import\(rings.count == 1 ? "" : "s") close\(rings.count == 1 ? "s" : "") "
            + rings.joined(separator: "; ")
            + " once the stages before it are done; declare what the importing module uses as an interface in it "
            + "instead, or break that cycle first"
    }

    /// The step giving a hidden coupling's shared concept one home: `home`, which `importer` imports (`detail`: what
    /// Go requires, why the other side may not be the home), or, `eitherSide`, the first side or a module both import.
    package static func oneHome(_ home: String, importer: String, detail: String = "", eitherSide: Bool = false) -> String {
        "Give that concept one home: move it into \(home)\(eitherSide ? " (or a small module both import)" : "") and make "
            + "\(importer) import it instead of repeating it\(detail); if the files are one feature, co-locate them"
    }

    /// The step giving it a new module both import, as neither may import the other (`neither` says why).
    package static func newHome(neither: String) -> String {
        "Give that concept one home both may import: neither may import the other (\(neither)), so move it into "
            + "a new module both import, and make both import it instead of repeating it"
    }
}

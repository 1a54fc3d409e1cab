/// How a plan's steps word what they list: declarations moving together, the cycles a stage's imports close.
/// Pure text, kept apart from the planning that decides them.
package enum StepWording {
    /// How a list of declarations names one: a region of a type's methods (Go) or an extension by the type it
    /// extends, which a bare name would confuse with the type (`Program` four times over).
    package static func label(name: String, kind: String) -> String {
        switch kind {
        case "method": "`\(name)`'s methods"
        case "extension", "impl": "\(kind) `\(name)`"
        default: "`\(name)`"
        }
    }

    /// One run of declarations of one name, one after the other, as a step lists it: `` `name` (12–30) ``,
    /// `` `name` ×5 (65–188) `` (TypeScript's overloads, a type's extensions side by side).
    package static func run(name: String, kind: String, count: Int, lines: ClosedRange<Int>) -> String {
        let times = count > 1 ? " ×\(count)" : ""
        return "\(label(name: name, kind: kind))\(times) (\(lines.lowerBound)–\(lines.upperBound))"
    }

    /// The step stating the cycles a stage's imports close, as a coupling's home states why a side may not be one.
    package static func cycleStep(_ rings: [String]) -> String {
        "Mind the module cycle: this stage's import\(rings.count == 1 ? "" : "s") close\(rings.count == 1 ? "s" : "") "
            + rings.joined(separator: "; ")
            + " once the stages before it are done; declare what the importing module uses as an interface in it "
            + "instead, or break that cycle first"
    }
}

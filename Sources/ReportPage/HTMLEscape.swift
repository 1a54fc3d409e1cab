/// Escaping for every place a repository string can land: HTML text, attribute values, SVG (XML), and
/// JSON inside a `<script>` element.
public enum HTMLEscape {
    /// Text for an element's content or a quoted attribute value: `& < > " '` become entities, and control
    /// characters other than tab and line breaks are dropped (XML 1.0, which the SVG files are, allows none).
    public static func text(_ value: String) -> String {
        replacing(value) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            case "\t", "\n", "\r": nil
            default: scalar.value < 0x20 || scalar.value == 0x7F ? "" : nil
            }
        }
    }

    /// JSON made safe to sit inside `<script type="application/json">`: `<`, `>` and `&` become `\u003c`,
    /// `\u003e` and `\u0026` (so `</script>` or `<!--` in a path cannot end or confuse the element), and the
    /// line separators U+2028/U+2029 are escaped too. The result still parses to the same JSON value.
    public static func scriptJSON(_ json: String) -> String {
        replacing(json) { scalar in
            switch scalar {
            case "<": "\\u003c"
            case ">": "\\u003e"
            case "&": "\\u0026"
            case "\u{2028}": "\\u2028"
            case "\u{2029}": "\\u2029"
            default: nil
            }
        }
    }

    /// `value` with each scalar that `replacement` maps replaced (nil keeps the scalar).
    private static func replacing(_ value: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            if let replaced = replacement(scalar) { out += replaced } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}

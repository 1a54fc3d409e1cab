/// `cmake_parse_arguments(PREFIX options one_value_keywords multi_value_keywords args…)` run as CMake runs it (the
/// `PARSE_ARGV` form is rewritten to this one when a call is bound, CMakeFunctions): the variables it sets, so that a
/// helper's `if(ARG_HEADER_ONLY)` takes the branch its call asks for (fmt's `add_fmt_test(name HEADER_ONLY …)`).
///
/// An option is `TRUE` or `FALSE`; a keyword given a value is that value (a multi-value keyword the list of them); a
/// keyword not given, and `PREFIX_UNPARSED_ARGUMENTS` with nothing unparsed, are unset (CMake 3.15 on).
public struct CMakeParsedArguments {
    public struct Assignment: Equatable {
        public let name: String
        /// Nil when the variable is unset.
        public let items: [String]?
    }

    public private(set) var assignments: [Assignment] = []

    /// `prefix` and the three keyword lists (each a `;`-separated list or the items of one), then the arguments.
    public init(prefix: String, options: [String], single: [String], multiple: [String], arguments: [String]) {
        let (given, unparsed) = Self.parse(arguments, options: options, single: single, multiple: multiple)
        for option in options {
            assignments.append(Assignment(name: "\(prefix)_\(option)", items: [given[option] == nil ? "FALSE" : "TRUE"]))
        }
        for keyword in single + multiple {
            let values = given[keyword].flatMap { $0.isEmpty ? nil : $0 }
            assignments.append(Assignment(name: "\(prefix)_\(keyword)", items: values))
        }
        assignments.append(Assignment(name: "\(prefix)_UNPARSED_ARGUMENTS", items: unparsed.isEmpty ? nil : unparsed))
    }

    /// The keywords given (with the values following each) and the arguments before any keyword or past a
    /// one-value keyword's value.
    private static func parse(
        _ arguments: [String], options: [String], single: [String], multiple: [String]
    ) -> (given: [String: [String]], unparsed: [String]) {
        var given: [String: [String]] = [:]
        var unparsed: [String] = []
        var current: String?
        for argument in arguments {
            if options.contains(argument) || single.contains(argument) || multiple.contains(argument) {
                given[argument] = []
                current = options.contains(argument) ? nil : argument
            } else if let keyword = current {
                given[keyword, default: []].append(argument)
                if single.contains(keyword) { current = nil }
            } else {
                unparsed.append(argument)
            }
        }
        return (given, unparsed)
    }

    /// The keywords a keyword-list argument names, once expanded: `"A;B"`, or a list's items, `""` none.
    public static func keywords(_ expanded: [String]) -> [String] {
        expanded.flatMap { $0.split(separator: ";").map(String.init) }
    }
}

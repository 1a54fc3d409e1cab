/// A string naming a file of a module by its dotted module path, which no import statement shows: Python's
/// `"scrapy.downloadermiddlewares.cookies.CookiesMiddleware"` in scrapy's default settings, Django's
/// `ROOT_URLCONF = "mysite.urls"` and `INSTALLED_APPS = ["polls"]`, uvicorn's `"app.main:app"`, which the framework
/// imports at run time (ModuleGraph's `PythonReference`).
///
/// A split that moves the file must rewrite the string to its new path (PlanAssembly's `ModuleExtraction+Strings`); a
/// file that stays and holds one uses the file as an import would, and clustering weighs it so. This spells the new
/// string and the step that rewrites it.
public struct DottedReference: Hashable, Sendable {
    /// The file holding the string: any of the repository's, the module's tests and other modules' included.
    public var from: String
    /// The module owning `from` (empty for none), and whether `from` is test code, which no module imports.
    public var fromModule: String
    public var fromTest: Bool
    /// The line of the string's first mention in `from`.
    public var line: Int
    /// The file it names: the module file `a/b/c.py`, or a package's `a/b/c/__init__.py`.
    public var to: String
    /// Its module part, dotted (`scrapy.downloadermiddlewares.cookies`).
    public var modulePath: String
    /// The name after it, which `to` binds (`CookiesMiddleware`); nil when the string names the module. Of an object
    /// reference, its attribute path's first name.
    public var name: String?
    /// Of an object reference (`"app.main:app"`), the attribute path after the colon; nil for a dotted name.
    public var attribute: String?

    /// The string as written.
    public var text: String { modulePath + suffix }

    /// What follows the module path: `:` and the attribute path, or `.` and the name.
    private var suffix: String { attribute.map { ":" + $0 } ?? name.map { "." + $0 } ?? "" }

    /// Creates a reference.
    public init(
        from: String, fromModule: String, fromTest: Bool = false, line: Int, to: String, modulePath: String,
        name: String? = nil, attribute: String? = nil
    ) {
        self.from = from
        self.fromModule = fromModule
        self.fromTest = fromTest
        self.line = line
        self.to = to
        self.modulePath = modulePath
        self.name = name
        self.attribute = attribute
    }

    /// The string once `to` is at `destination`: the module path's segments read off the new path's end, which a
    /// move keeps but for the package it renames (`scrapy_middlewares/scrapy_middlewares/downloadermiddlewares/cookies.py`
    /// → `scrapy_middlewares.downloadermiddlewares.cookies`), less the `dropped` subpackages the new package replaces
    /// (`werkzeug.debug.console` → `werkzeug_debug.console`).
    public func text(movedTo destination: String, droppingLevels dropped: Int = 0) -> String {
        let count = max(1, modulePath.split(separator: ".").count - dropped)
        var parts = destination.split(separator: "/")
        if parts.last == "__init__.py" { parts.removeLast() }
        guard let last = parts.last, parts.count >= count else { return text }
        parts[parts.count - 1] = last.hasSuffix(".py") ? last.dropLast(3) : last
        return parts.suffix(count).joined(separator: ".") + suffix
    }

    /// Up to three of `paths`, and how many more (the files holding strings).
    public static func files(_ paths: [String]) -> String {
        paths.prefix(3).joined(separator: ", ") + (paths.count > 3 ? " and \(paths.count - 3) more" : "")
    }

    /// Strings a step lists; the rest are counted.
    public static let listed = 6

    /// The step rewriting `rewrites` (each string, its new text, and the places holding it as `path:line`).
    public static func rewriteStep(_ rewrites: [(old: String, new: String, sites: [String])]) -> String {
        let sorted = rewrites.sorted { $0.old < $1.old }
        let shown = sorted.prefix(listed).map { "`\($0.old)` → `\($0.new)` (\($0.sites.sorted().joined(separator: ", ")))" }
        let more = sorted.count > listed ? "; and \(sorted.count - listed) more" : ""
        return "Rewrite the strings naming the moved code by its dotted path, which Python imports at run time: "
            + shown.joined(separator: "; ") + more
    }
}

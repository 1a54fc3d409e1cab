/// What `ModuleNaming` reads of a module: its name, how it is built, where it lives and its files.
///
/// Planning's `PlanModule` conforms as it is; the naming needs nothing else of a module.
package protocol ModuleLayout {
    associatedtype File: LayoutFile

    /// The name its build declares.
    var name: String { get }
    /// Manifest grammar (`swiftpm`, `cargo`, `go`, `python`, `folder`…): decides how a new module is spelled.
    var ecosystem: String { get }
    /// Its source folders (or files a folder module holds by path).
    var roots: [String] { get }
    /// The manifest path that declares it.
    var manifest: String { get }
    /// The source files a split may move.
    var files: [File] { get }
    /// Python: the folders holding an `__init__.py`; a folder above them without one is a namespace package.
    var packageFolders: Set<String> { get }
    /// The file listing the module as a member of a workspace its build keeps apart from the module's manifest (a
    /// pub workspace's root pubspec.yaml, the cabal.project or stack.yaml above a Cabal package); empty for none.
    var workspace: String { get }
    /// How its build names projects where a name is not enough, by name, as a dependency on each is written: a
    /// Leiningen project's own coordinate (`ring/ring-core "1.15.5"`: a project split off it takes its group and
    /// version) and those of its `:dependencies` (`org.ring-clojure/ring-core-protocols "1.15.5"`), without a version
    /// its text does not write as a string; empty elsewhere.
    var coordinates: [String: String] { get }
    /// Whether users outside the repository depend on the package it builds (a published library): the names it
    /// declares are its API, so a split keeps them reachable through it or says that it breaks those users.
    var isPublished: Bool { get }
}

extension ModuleLayout {
    package var isPublished: Bool { false }
}

/// A module's file as `ModuleNaming` reads it: where it is, and how many code lines it weighs (the language most
/// of a module's code lines are in decides how its interfaces are spelled).
package protocol LayoutFile {
    /// The file's path in the repository.
    var path: String { get }
    /// Its code lines.
    var codeLines: Int { get }
}

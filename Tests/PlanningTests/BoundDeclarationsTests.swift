import SymbolScan
import Testing

/// Declarations that cannot leave their module alone (`Declaration.boundName`) and the files they bind (`BoundFiles`):
/// okio's `expect`/`actual` `ByteString`, Polly's `partial class Policy`, a Go method, a Rust inherent `impl`.
@Suite struct BoundDeclarationsTests {
    private func bound(_ text: String, as language: String) throws -> [String?] {
        try symbols(text, as: language).declarations.map(\.boundName)
    }

    /// A top-level `expect` or `actual` binds the declaration by its package and name (an extension function's name is
    /// after its receiver); a member's modifier, and a Java declaration, bind nothing.
    @Test func kotlinExpectAndActualAreBoundByPackageAndName() throws {
        let common = try bound(
            "package okio.internal\n\nexpect open class ByteString\n\ninternal expect fun ByteArray.toUtf8String(): String\n"
                + "class Plain {\n    actual fun member() {}\n}\n", as: "Kotlin")
        let jvm = try bound(
            "package okio\n\n@Suppress(\"X\") public actual abstract class FileSystem : Closeable {\n}\n"
                + "actual typealias IOException = java.io.IOException\nval actual = 1\n", as: "Kotlin")
        let java = try bound("package okio;\n\nclass Plain {}\n", as: "Java")

        #expect(common == ["okio.internal.ByteString", "okio.internal.toUtf8String", nil])
        #expect(jvm == ["okio.FileSystem", "okio.IOException", nil])
        #expect(java == [nil])
    }

    /// A `partial` type is bound by its namespace (file-scoped or a block), its name and its arity: `Policy` and
    /// `Policy<TResult>` are two types.
    @Test func csharpPartialTypesAreBoundByNamespaceNameAndArity() throws {
        let fileScoped = try bound(
            "namespace Polly;\n\npublic partial class Policy\n{\n}\n\npublic abstract partial class Policy<TResult> : PolicyBase\n{\n}\n"
                + "public partial record struct Map<TKey, TValue>(TKey Key);\npublic class Plain { }\n", as: "C#")
        let block = try bound("namespace Polly.Telemetry\n{\n    internal static partial class Log\n    {\n    }\n}\n", as: "C#")

        #expect(fileScoped == ["Polly.Policy", "Polly.Policy`1", "Polly.Map`2", nil])
        #expect(block == ["Polly.Telemetry.Log"])
    }

    /// A Go method and a Rust inherent `impl` are bound to the type they extend; a Go function type, a return type's
    /// `impl Trait`, a trait's `impl` (the orphan rule lets it live with the trait) and a Swift extension are not.
    @Test func goMethodsAndRustInherentImplsAreBoundToTheirType() throws {
        let go = try bound(
            "package echo\n\ntype Context struct{}\n\nfunc (c *Context) Next() {}\n\ntype HandlerFunc func(c *Context) error\n",
            as: "Go")
        let rust = try bound(
            "struct Foo;\nimpl Foo {\n    fn new() -> Foo { Foo }\n}\nimpl<T> fmt::Display for Bar<T> {\n}\n"
                + "impl<F> Baz<F> where F: for<'a> Fn(&'a str) {\n}\nfn names() -> impl Named {\n}\n", as: "Rust")
        let swift = try bound("extension Grammar {\n    func step() {}\n}\n", as: "Swift")

        // A function type's parameters read as a receiver (a region of their own), but bind nothing.
        #expect(go == [nil, "Context", nil, nil])
        #expect(rust == [nil, "Foo", nil, "Baz", nil, nil])
        #expect(swift == [nil])
    }

    private static func declaration(_ name: String, _ kind: String, bound: String? = nil) -> Declaration {
        Declaration(name: name, kind: kind, startLine: 1, endLine: 10, codeLines: 10, boundName: bound)
    }

    /// Files of one bound name are joined, transitively; a method joins the file declaring its type (its type's own
    /// file binds nothing more, a type declared nowhere in the module nothing at all).
    @Test func boundFilesJoinCounterpartsAndExtensionsToTheirType() {
        let files: [[Declaration]] = [
            [Self.declaration("ByteString", "class", bound: "okio.ByteString"),
             Self.declaration("Buffer", "class", bound: "okio.Buffer")],
            [Self.declaration("ByteString", "class", bound: "okio.ByteString")],
            [Self.declaration("Buffer", "class", bound: "okio.Buffer")],
            [Self.declaration("Plain", "class")],
            [Self.declaration("Context", "type"), Self.declaration("Context", "method", bound: "Context")],
            [Self.declaration("Context", "method", bound: "Context")],
            [Self.declaration("Grouped", "method", bound: "Grouped")],
            [Self.declaration("Other", "type")],
            [Self.declaration("Elsewhere", "method", bound: "Elsewhere")],
        ]
        var declared = files.map { _ in [String]() }
        declared[7] = ["Grouped", "Other"]  // a Go `type ( … )` group names its second type only here

        let bound = BoundFiles(declarations: files, declaredNames: declared)

        #expect(bound.groups == [[0, 1, 2], [4, 5], [6, 7]])
        #expect(bound.group(of: 3) == nil && bound.group(of: 8) == nil)
    }

    /// A group moves whole or stays: a cluster grows by its missing files when allowed, else loses it; a group with a
    /// file that cannot move, or over the limit, cannot; its files gather at the first one's place.
    @Test func groupsMoveWholeOrStay() {
        let files: [[Declaration]] = [
            [Self.declaration("A", "class", bound: "A")], [Self.declaration("B", "class")],
            [Self.declaration("A", "class", bound: "A")], [Self.declaration("C", "class", bound: "C")],
            [Self.declaration("C", "class", bound: "C")],
        ]
        let bound = BoundFiles(declarations: files, paths: ["a", "b", "a2", "c", "c2"])

        #expect(bound.whole([1, 2], allowing: [0, 1, 2]) == [0, 1, 2])
        #expect(Set(bound.forms(of: [1, 2], allowing: [0, 1, 2])) == [[0, 1, 2], [1]])
        #expect(bound.forms(of: [0, 1, 2], allowing: []) == [[0, 1, 2]])
        #expect(bound.whole(paths: ["b", "a2"], allowing: ["a", "b", "a2"]) == ["a", "b", "a2"])
        #expect(bound.group(of: "c2") == ["c", "c2"] && bound.group(of: "b") == nil)
        #expect(bound.whole([1, 2], allowing: [1, 2]) == [1])
        #expect(bound.movable([0, 1, 2, 3], lines: [10, 10, 10, 10, 10], limit: 100) == [0, 1, 2])
        #expect(bound.movable([0, 1, 2, 3, 4], lines: [60, 10, 60, 10, 10], limit: 100) == [1, 3, 4])
        #expect(BoundFiles.together([2, 1, 3, 0, 4]) { bound.group(of: $0)?.first } == [[2, 0], [1], [3, 4]])
    }
}

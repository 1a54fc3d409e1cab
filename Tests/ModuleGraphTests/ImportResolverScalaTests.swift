import ImportScan
import ModuleGraph
import Testing

/// Scala's relative names (`ImportResolver+ScalaScopes.swift`) and Groovy's class files, laid out as typelevel/cats is.
@Suite struct ImportResolverScalaTests {
    private let modules = [
        ModuleDeclaration(name: "kernel", ecosystem: "sbt", roots: ["kernel"], manifest: "build.sbt", line: 1),
        ModuleDeclaration(name: "core", ecosystem: "sbt", roots: ["core"], manifest: "build.sbt", line: 2),
        ModuleDeclaration(name: "laws", ecosystem: "sbt", roots: ["laws"], manifest: "build.sbt", line: 3),
        ModuleDeclaration(name: "groovy", ecosystem: "gradle", roots: ["groovy"], manifest: "settings.gradle", line: 1),
    ]
    private let paths = [
        "kernel/src/main/scala/cats/kernel/Eq.scala",
        "kernel/src/main/scala/cats/kernel/instances/eq.scala",
        "kernel/src/main/scala-2.13+/cats/kernel/compat/scalaVersionSpecific.scala",
        "core/src/main/scala/cats/Monad.scala",
        "core/src/main/scala/cats/data/Chain.scala",
        "core/src/main/scala/cats/syntax/all.scala",
        "core/src/main/scala/cats/data/instances/ChainInstances.scala",
        "laws/src/main/scala/cats/laws/discipline/arbitrary.scala",
        "laws/src/main/scala/cats/laws/discipline/FoldableTests.scala",
        "groovy/src/main/groovy/org/acme/util/Strings.groovy",
        "groovy/src/main/java/org/acme/App.java",
    ]

    /// The module `path` (in `scopes`, innermost first) resolves to from the file `paths[file]`.
    private func resolve(_ path: String, _ kind: ImportFacts.Kind = .module, scopes: [String], from file: Int) -> String? {
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)
        let facts = ImportFacts(path: path, kind: kind, line: 1, scopes: scopes)
        return resolver.resolve(facts, in: paths[file], style: "scala").map { modules[$0].name }
    }

    /// cats' core: `import kernel.compat.scalaVersionSpecific._` inside `package cats` then `package data` (the
    /// kernel's package below sbt's `scala-2.13+/` folder), `extends kernel.instances.EqInstances`.
    @Test func aNameBelowAnEnclosingPackageIsThatPackagesMember() {
        let scopes = ["cats.data", "cats"]

        #expect(resolve("kernel.compat.*", scopes: scopes, from: 4) == "kernel")
        #expect(resolve("kernel.instances.EqInstances", .path, scopes: scopes, from: 4) == "kernel")
        #expect(resolve("syntax.all.catsSyntaxTuple2Semigroupal", .path, scopes: scopes, from: 0) == "core")
        // The importer's own module: no edge.
        #expect(resolve("syntax.all.catsSyntaxTuple2Semigroupal", .path, scopes: scopes, from: 4) == nil)
        // Without the clause `package cats`, `kernel` is the root package's, which the repository does not have.
        #expect(resolve("kernel.compat.*", scopes: ["cats.data"], from: 4) == nil)
    }

    /// The innermost package with such a member wins, as in scalac: `cats.data.instances` before `cats.instances`.
    @Test func theInnermostScopeHoldingTheMemberWins() {
        #expect(resolve("instances.ChainInstances", scopes: ["cats.data", "cats"], from: 7) == "core")
        #expect(resolve("instances.EqInstances", scopes: ["cats.kernel", "cats"], from: 7) == "kernel")
    }

    /// An object in a file named after it (`cats/laws/discipline/arbitrary.scala`) is a member too; the standard
    /// library's `annotation.tailrec` (`scala.annotation`) is none of the repository's: nothing.
    @Test func anObjectsFileIsAMemberAndAnUnknownNameIsNone() {
        let scopes = ["cats.laws.discipline", "cats.laws", "cats"]

        #expect(resolve("arbitrary.catsLawsArbitraryForFn0", scopes: scopes, from: 0) == "laws")
        #expect(resolve("annotation.tailrec", scopes: scopes, from: 0) == nil)
        #expect(resolve("cats.kernel.Eq", scopes: scopes, from: 3) == "kernel")
    }

    /// A name in code written `x.C` counts for its class's own file: `kernel.Eq` inside `package cats`, `cats.Monad`
    /// from the root; a method's member type (`laws.F`, `laws` being a `def` in cats' law tests) names no class file.
    @Test func aOneWordNameInCodeNeedsItsClassFile() {
        #expect(resolve("kernel.Eq", .path, scopes: ["cats"], from: 4) == "kernel")
        #expect(resolve("cats.Monad", .path, scopes: ["cats.kernel"], from: 0) == "core")
        #expect(resolve("laws.F", .path, scopes: ["cats"], from: 4) == nil)
        #expect(resolve("fa.Foo", .path, scopes: [], from: 4) == nil)
        // An object's member by its package: the longest package a module owns.
        #expect(resolve("cats.syntax.all.toFoo", .path, scopes: [], from: 0) == "core")
        #expect(resolve("xs.head.value", .path, scopes: ["cats"], from: 0) == nil)
    }

    /// Groovy's classes are files as Java's are; Java imports them, and they import Java's.
    @Test func groovyClassesAreClassFiles() {
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)
        let resolve = { (path: String, file: Int) in
            resolver.resolve(ImportFacts(path: path, kind: .module, line: 1), in: self.paths[file], style: "java")
                .map { self.modules[$0].name }
        }

        #expect(resolve("org.acme.util.Strings", 4) == "groovy")
        #expect(resolve("org.acme.App", 9) == "groovy")
        #expect(resolve("org.acme.util.*", 4) == "groovy")
    }
}

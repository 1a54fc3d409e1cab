import ImportScan
import SourceScan
import Testing

/// Scala's package clauses and the scopes they open (`ScalaPackages`), and Groovy's Java-like imports.
@Suite struct ImportScalaAndGroovyTests {
    // MARK: Scala scopes

    /// typelevel/cats' core: `package cats` then `package data` make `cats.kernel` visible as `kernel`.
    @Test func chainedClausesOpenEveryEnclosingPackageInnermostFirst() throws {
        let text = """
            package cats
            package data

            import kernel.compat.scalaVersionSpecific._
            import scala.annotation.tailrec
            """

        let found = try imports(in: text, as: "Scala")

        #expect(found == [
            ImportFacts(path: "kernel.compat.scalaVersionSpecific._", kind: .module, line: 4, scopes: ["cats.data", "cats"]),
            ImportFacts(path: "scala.annotation.tailrec", kind: .module, line: 5, scopes: ["cats.data", "cats"]),
        ])
    }

    @Test func oneDottedClauseOpensItsPackageAlone() throws {
        let found = try imports(in: "package cats.tests\n\nimport Helpers._\n", as: "Scala")

        #expect(found == [ImportFacts(path: "Helpers._", kind: .module, line: 3, scopes: ["cats.tests"])])
    }

    @Test func aPackageObjectIsNoClause() throws {
        let text = "package cats\n\npackage object data {\n  import kernel.Eq\n}\n"

        let found = try imports(in: text, as: "Scala")

        #expect(found == [ImportFacts(path: "kernel.Eq", kind: .module, line: 4, scopes: ["cats"])])
    }

    /// A packaging `package a { … }` opens `a` inside the packages around it, up to its own closing brace; an
    /// interpolated string's `${…}` inside it closes nothing.
    @Test func aPackagingOpensItsPackageUpToItsBrace() throws {
        let text = """
            package a {
              package b {
                import c.D
                object O { val s = s"${x.y} }" }
              }
              import e.F
            }
            import g.H
            """

        let found = try imports(in: text, as: "Scala")

        #expect(found.map { "\($0.path) \($0.scopes)" } == [
            "c.D [\"a.b\", \"a\"]", "e.F [\"a\"]", "g.H []",
        ])
    }

    @Test func aRootImportIsInNoScope() throws {
        let found = try imports(in: "package cats\nimport _root_.kernel.Eq, other.X\n", as: "Scala")

        #expect(found == [
            ImportFacts(path: "kernel.Eq", kind: .module, line: 2),
            ImportFacts(path: "other.X", kind: .module, line: 2, scopes: ["cats"]),
        ])
    }

    @Test func javaAndKotlinPackagesOpenNoScope() throws {
        let java = try imports(in: "package cats.data;\nimport kernel.Eq;\n", as: "Java")
        let kotlin = try imports(in: "package cats.data\nimport kernel.Eq\n", as: "Kotlin")

        #expect(java == [ImportFacts(path: "kernel.Eq", kind: .module, line: 2)])
        #expect(kotlin == java)
    }

    // MARK: Groovy

    /// spock's build logic and specs: Java's imports, Kotlin's aliases, semicolons optional, qualified names in code.
    @Test func groovyImportsAreJavasWithAliasesAndOptionalSemicolons() throws {
        let text = """
            package org.spockframework.gradle

            import org.gradle.api.Plugin
            import static org.spockframework.util.Assert.notNull
            import spock.lang.*
            import org.acme.Very as V;
            import java.util.List; import java.util.Map

            class P implements Plugin<Project> {
              def money = new org.acme.core.Money(1)
              def s = "import not.An.Import"
            }
            """

        let found = try imports(in: text, as: "Groovy")

        #expect(found.map { "\($0.line) \($0.path) \($0.kind) \($0.alias ?? "-")" } == [
            "3 org.gradle.api.Plugin module -", "4 org.spockframework.util.Assert.notNull module -",
            "5 spock.lang.* module -", "6 org.acme.Very module V", "7 java.util.List module -",
            "7 java.util.Map module -", "10 org.acme.core.Money path -",
        ])
        #expect(found.allSatisfy { $0.scopes.isEmpty })
    }

    @Test func gradleBuildScriptsReadNoImports() throws {
        let text = "import org.gradle.api.Plugin\nplugins { id 'java' }\n"

        #expect(try imports(in: text, as: "Gradle") == [])
    }
}

import ImportScan
import RuleCatalog
import SourceScan
import Testing

/// Classes a JVM file names by their qualified name in code, with no import (`JVMQualifiedNames`).
@Suite struct ImportJVMQualifiedNameTests {
    /// typelevel/cats: algebra-core uses the kernel through qualified names only.
    @Test func scalaQualifiedNamesAreClassesNamedOncePerFile() throws {
        let text = """
            package algebra
            package instances

            trait BigIntInstances extends cats.kernel.instances.BigIntInstances {
              type Band[A] = cats.kernel.Band[A]; val Band = cats.kernel.Band
              val root = _root_.cats.kernel.Order
            }
            """

        let found = try imports(in: text, as: "Scala")

        let scopes = ["algebra.instances", "algebra"]
        #expect(found == [
            ImportFacts(path: "cats.kernel.instances.BigIntInstances", kind: .path, line: 4, scopes: scopes),
            ImportFacts(path: "cats.kernel.Band", kind: .path, line: 5, scopes: scopes),
            // `_root_.` names it from the root package, in no scope.
            ImportFacts(path: "cats.kernel.Order", kind: .path, line: 6),
        ])
    }

    @Test func javaChainsStopAtTheirFirstCapitalisedSegment() throws {
        let text = """
            package com.example;
            import java.util.List;
            @javax.annotation.Nullable
            class A {
              java.util.Map.Entry<String, com.google.common.collect.ImmutableList<String>> e =
                  new com.google.common.collect.ImmutableList.Builder<>().build();
              Runnable r = () -> com.example.util.Strings.trim("x");
            }
            """

        let found = try imports(in: text, as: "Java")

        #expect(found.map { "\($0.line) \($0.path) \($0.kind)" } == [
            "2 java.util.List module", "3 javax.annotation.Nullable path", "5 java.util.Map path",
            "5 com.google.common.collect.ImmutableList path", "7 com.example.util.Strings path",
        ])
    }

    @Test func membersCallsStringsCommentsAndImportedNamesAreNoQualifiedNames() throws {
        let text = """
            package com.acme.Shop
            import com.acme.core.Money
            // a comment naming com.acme.core.Hidden
            fun f(x: Foo) {
                val s = "com.acme.core.InString"
                x?.com.acme.core.Member
                this.acme.core.Mine
                kernel.Band.empty()
                com.acme.core.compute()
                com.acme.core.Money.of(1)
                com._acme.core.Odd
            }
            """

        let found = try imports(in: text, as: "Kotlin")

        // Kotlin's function `compute`, in a package its imports start (`com`), is named (below).
        #expect(found == [
            ImportFacts(path: "com.acme.core.Money", kind: .module, line: 2),
            ImportFacts(path: "com.acme.core.compute", kind: .path, line: 9),
        ])
    }

    /// leakcanary's `Friendly.kt` calls `leakcanary.internal.checkMainThread()` of another module by its qualified
    /// name; a chain of a value's members starts with a word no package of the file's starts with.
    @Test func kotlinNamesATopLevelFunctionFromAPackageItsPackageOrImportsStart() throws {
        let text = """
            package leakcanary.internal.friendly

            import shark.SharkLog

            internal inline fun checkMainThread() = leakcanary.internal.checkMainThread()
            internal val mainHandler get() = leakcanary.internal.mainHandler.looper
            fun f() {
                binding.root.context.startActivity(x)
                shark.internal.hppc.longScatterSet()
                kotlin.math.max(1, 2)
            }
            """

        let found = try imports(in: text, as: "Kotlin")

        #expect(found.map { "\($0.line) \($0.path) \($0.kind)" } == [
            "3 shark.SharkLog module", "5 leakcanary.internal.checkMainThread path",
            "6 leakcanary.internal.mainHandler.looper path", "9 shark.internal.hppc.longScatterSet path",
        ])
    }

    @Test func aScalaImportInABlockIsStillAnImport() throws {
        let text = "object A {\n  import cats.kernel.Eq\n  def f = cats.kernel.Eq.by(g) + cats.kernel.Hash.x\n}\n"

        let found = try imports(in: text, as: "Scala")

        #expect(found == [
            ImportFacts(path: "cats.kernel.Eq", kind: .module, line: 2),
            ImportFacts(path: "cats.kernel.Hash", kind: .path, line: 3),
        ])
    }

    /// Scala's objects are lower-case and its clauses open packages: `kernel.Eq` and `cats.syntax.all.toFoo` name
    /// something too, where Java's and Kotlin's chains would not (`membersCallsStrings…` above).
    @Test func scalaNamesAClassAfterOneWordAndAnObjectsMemberAfterThree() throws {
        let text = """
            package cats
            package data

            object A {
              def eq = kernel.Eq.instance[Int](_ == _)
              def t = cats.syntax.all.catsSyntaxTuple2Semigroupal(x)
              def h = fa.head
              def v = this.kernel.Eq
            }
            """

        let found = try imports(in: text, as: "Scala")

        let scopes = ["cats.data", "cats"]
        #expect(found == [
            ImportFacts(path: "kernel.Eq", kind: .path, line: 5, scopes: scopes),
            ImportFacts(path: "cats.syntax.all.catsSyntaxTuple2Semigroupal", kind: .path, line: 6, scopes: scopes),
        ])
    }

    @Test func javaAndGroovyNameNoObjectsMemberByLowerCaseWordsAlone() throws {
        let java = "package a;\nclass A { int x = com.acme.util.max; Object y = com.Acme; }\n"
        let groovy = "package a\nclass A { def x = com.acme.util.max; def y = com.Acme }\n"

        #expect(try imports(in: java, as: "Java") == [])
        #expect(try imports(in: groovy, as: "Groovy") == [])
    }
}


/// The names a Kotlin file declares at top level (`KotlinTopLevelNames`), which a qualified name may end in.
@Suite struct KotlinTopLevelNamesTests {
    @Test func functionsPropertiesAndClassesOutsideBracesAndParentheses() throws {
        let text = """
            @file:JvmName("Handlers")
            package leakcanary.internal

            import java.io.File

            internal val mainHandler by lazy { Handler(Looper.getMainLooper()) }
            fun checkMainThread() { val inner = 1 }
            fun <T : Comparable<T>> List<T>.second(): T = this[1]
            val Buffer.size: Long get() = 0
            private var counter = 0
            const val MAX = 3
            fun interface Callback { fun call() }
            data class Leak(val trace: String) {
              fun describe() = trace
              companion object { val EMPTY = Leak("") }
            }
            typealias Trace = List<String>
            fun File.dump(block: () -> Unit = { val nope = 0 }) {}
            """
        let table = try RuleCatalog.bundled().languages
        let index = try #require(table.index(named: "Kotlin"))

        let names = Array(text.utf8).withUnsafeBufferPointer { bytes in
            KotlinTopLevelNames.names(in: table.lexers[index].lex(bytes, collectTokens: true).tokens, bytes: bytes)
        }

        #expect(names == [
            "mainHandler", "checkMainThread", "second", "size", "counter", "MAX", "Callback", "Leak", "Trace", "dump",
        ])
    }
}

import FunctionScan
import Testing

/// Rust, Kotlin and Scala: match and when arms, expression bodies, members without a body. The Rust figures
/// are lizard 1.24.3's; lizard's Kotlin reader misreads this sample (its abstract `a` takes the rest of the
/// class as its body), so the Kotlin figures follow its rules, not its output: every arm but the first adds
/// one, `?:` adds one, an expression body ends before the next declaration's lines.
@Suite struct KeywordGrammarTests {
    @Test func kotlinWhenArmsExpressionBodiesAndAbstractMembers() throws {
        let kotlin = try functions(
            """
            class A {
              abstract fun a(): Int

              fun b(x: Int): Int {
                return when (x) {
                  1 -> 10
                  2, 3 -> 20
                  else -> list.map { y -> y * 2 }.size
                }
              }

              @Test
              private fun c(s: String?): Int =
                if (s != null) s.length else s?.hashCode() ?: 0

              override fun toString(): String = "A"

              fun d() = object : Runnable {
                override fun run() = println("x")
              }
            }

            """, as: "Kotlin")

        #expect(summary(kotlin) == [
            "b 4-10 ccn=3 nest=1", "c 13-14 ccn=3 nest=0", "toString 16-16 ccn=1 nest=0", "d 18-20 ccn=1 nest=0",
            "run 19-19 ccn=1 nest=0",
        ])
    }

    /// okio's Buffer.kt: members of an `expect class` have no body, and the next line declares something else; the
    /// `{` of that declaration is not theirs (lizard and accrue until session 20 gave `write` lines 2–9).
    @Test func membersWithoutBodyEndAtTheNextDeclarationsLine() throws {
        let kotlin = try functions(
            """
            expect class Buffer {
              override fun write(byte: Int): Buffer
              override fun writeAll(source: Source): Map<String,
                Long>

              /** A handle. */
              class UnsafeCursor {
                fun next(): Int {
                  return 1
                }
              }
              @JvmName("size")
              fun size(): Long
              fun close()
              {
                flush()
              }
            }

            """, as: "Kotlin")
        let scala = try functions(
            "trait T {\n  def a(x: Int): Int\n  val b = 2\n  def c(y: Int): Int = {\n    y\n  }\n}\n", as: "Scala")

        #expect(summary(kotlin) == ["next 8-10 ccn=1 nest=0", "close 14-17 ccn=1 nest=0"])
        #expect(summary(scala) == ["c 4-6 ccn=1 nest=0"])
    }

    @Test func kotlinExpressionBodyRunsToTheEndOfItsBlockOrFile() throws {
        let kotlin = try functions(
            "fun top() =\n  listOf(1, 2)\n    .map { it * 2 }\n    .filter { it > 2 }\n", as: "Kotlin")
        let local = try functions(
            "fun outer() {\n  fun inner(x: Int) = x * 2; val y = 1\n  println(y)\n}\n", as: "Kotlin")

        #expect(summary(kotlin) == ["top 1-4 ccn=1 nest=0"])
        #expect(summary(local) == ["outer 1-4 ccn=1 nest=0", "inner 2-2 ccn=1 nest=0"])
    }

    @Test func rustMatchArmsAndLetElseCountAsLizardCountsThem() throws {
        let rust = try functions(
            """
            fn route(x: Option<u8>) -> u8 {
                let Some(v) = x else { return 0 };
                match v {
                    0 => 1,
                    1 | 2 => {
                        if v > 1 { 2 } else { 3 }
                    }
                    _ => match v { 9 => 9, _ => 4 },
                }
            }

            """, as: "Rust")

        #expect(summary(rust) == ["route 1-10 ccn=6 nest=2"])
    }

    @Test func rustGenericBindingsInSignaturesAreNoBody() throws {
        let rust = try functions(
            """
            fn fut() -> impl Future<Output = u8> {
                async { 1 }
            }
            fn bound<U>(u: U) -> u8 where U: Iterator<Item = u8> {
                match u.count() { 0 => 0, _ => 1 }
            }
            trait T { fn f(&self) -> u8; fn g(&self); }

            """, as: "Rust")

        #expect(summary(rust) == ["fut 1-3 ccn=1 nest=0", "bound 4-6 ccn=3 nest=1"])
    }

    @Test func scalaDefinitionsWithoutParametersOrBraces() throws {
        let scala = try functions(
            """
            object M {
              def size: Int = items.length
              def twice(x: Int): Int =
                if (x > 0) x * 2
                else 0

              @tailrec
              private def loop(n: Int): Int = {
                if (n == 0) 0 else loop(n - 1)
              }
            }

            """, as: "Scala")

        #expect(summary(scala) == [
            "size 2-2 ccn=1 nest=0", "twice 3-5 ccn=2 nest=0", "loop 8-10 ccn=2 nest=0",
        ])
    }
}

import SymbolScan
import Testing

/// A Kotlin top-level `private` declaration is its file's own.
@Suite struct KotlinVisibilityTests {
    /// okio's ZipFiles.kt has `private val Int.hex: String`: ByteString.kt's own `hex()` had used it, and a split
    /// asked for `hex` in the interface of the module ZipFiles.kt moved to.
    @Test func aPrivateTopLevelDeclarationIsNoOtherFilesDependency() throws {
        let zip = try symbols(
            "package okio.internal\n\nprivate val Int.hex: String\n  get() = \"0x${this.toString(16)}\"\n\n"
                + "internal fun openZip(path: Path): ZipFileSystem = TODO()\n\nprivate fun readEntry() {}\n",
            as: "Kotlin")
        let byteString = try symbols(
            "package okio\n\nclass ByteString {\n  fun hex(): String = commonHex()\n  fun zip() = openZip(path)\n}\n",
            as: "Kotlin")
        let scala = try symbols("package cats\n\nprivate class Helper\n", as: "Scala")

        #expect(zip.declaredNames == ["openZip"])
        #expect(scala.declaredNames == ["Helper"])
        #expect(SymbolGraph().dependencies([("ZipFiles.kt", zip), ("ByteString.kt", byteString)]).map(\.names)
            == [["openZip"]])
    }
}

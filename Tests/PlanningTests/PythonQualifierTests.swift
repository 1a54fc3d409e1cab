import SymbolScan
import Testing

/// A Python file records the names it writes only after a dot, with the first word of each dotted path
/// (marshmallow's `typing.Mapping`, which `PythonImportScope` then tells from `fields.py`'s `class Mapping`).
@Suite struct PythonQualifierTests {
    @Test func aFileRecordsTheNamesItWritesOnlyAfterADot() throws {
        let facts = try symbols(
            "import typing\nfrom collections.abc import Mapping\n\n"
                + "def f(x: typing.Mapping[str, typing.Any]) -> bool:\n    return isinstance(x, Mapping) or g().Any\n",
            as: "Python")

        #expect(facts.qualifiers["Any"] == ["", "typing"])
        #expect(facts.qualifiers["abc"] == ["collections"])
        #expect(facts.qualifiers["Mapping"] == nil)
        #expect(facts.qualifiers["typing"] == nil)
    }
}

import PlanNaming
import SymbolScan
import Testing

/// A C or C++ test macro's declaration is named as its function is (`TEST_CASE("basic usage")`), and a file split
/// off a test file is named after the test, not the macro (nlohmann/json's `unit-udt-test-case.cpp`).
@Suite struct TestMacroDeclarationTests {
    @Test func aTestMacroDeclaresItsTestByName() throws {
        let text = """
            TEST_CASE("basic usage")
            {
                CHECK(true);
            }
            TEST(ParserTest, HandlesEmptyInput) { }
            static int helper(int x) { return x; }
            """

        let facts = try symbols(text, as: "C++")

        #expect(facts.declarations.map(\.name) == [
            "TEST_CASE(\"basic usage\")", "TEST(ParserTest, HandlesEmptyInput)", "helper",
        ])
    }

    @Test func aPartNamedByATestIsNamedAfterItsTitle() {
        #expect(partFileName(stem: "unit-udt", part: "TEST_CASE(\"basic usage\")", extension: ".cpp") == "unit-udt-basic-usage.cpp")
        #expect(partFileName(stem: "parser_test", part: "TEST(ParserTest, HandlesEmptyInput)", extension: ".cc")
            == "parser_test_handles_empty_input.cc")
        #expect(partFileName(stem: "unit-udt", part: "TEST_CASE(\"a long title, with many words in it\")", extension: ".cpp")
            == "unit-udt-a-long-title-with.cpp")
        #expect(partFileName(stem: "unit-udt", part: "pod_serializer", extension: ".cpp") == "unit-udt-pod-serializer.cpp")
    }
}

import Testing

/// C and C++ test frameworks declare tests with macros; a test is named by the macro and its arguments up to the
/// first string literal (lizard names them all after the macro: nlohmann/json's plan listed "Simplify `TEST_CASE`").
@Suite struct TestMacroNameTests {
    @Test func aTestMacroIsNamedByItsArguments() throws {
        let text = """
            TEST_CASE("convenience functions")
            {
                SECTION("type name") { CHECK(1 == 1); }
            }
            TEST_CASE("tagged", "[udt]") { }
            TEST(ParserTest, HandlesEmptyInput) {
                EXPECT_TRUE(true);
            }
            TEST_CASE_METHOD(Fixture, "uses the fixture") { }
            BOOST_AUTO_TEST_CASE(free_function) { }
            """

        #expect(try functions(text, as: "C++").map(\.name) == [
            "TEST_CASE(\"convenience functions\")", "TEST_CASE(\"tagged\")", "TEST(ParserTest, HandlesEmptyInput)",
            "TEST_CASE_METHOD(Fixture, \"uses the fixture\")", "BOOST_AUTO_TEST_CASE(free_function)",
        ])
    }

    @Test func otherFunctionsKeepTheirNames() throws {
        let text = """
            int MAX_SIZE(int x) { return x; }
            void run(const char* name) { }
            int Area::size(int w) { return w; }
            """

        #expect(try functions(text, as: "C++").map(\.name) == ["MAX_SIZE", "run", "Area::size"])
    }

    @Test func aLongTitleIsCut() throws {
        let title = String(repeating: "a", count: 80)
        let found = try functions("TEST_CASE(\"\(title)\") { }", as: "C").map(\.name)

        #expect(found == ["TEST_CASE(\"" + String(repeating: "a", count: 58) + "…\")"])
    }
}

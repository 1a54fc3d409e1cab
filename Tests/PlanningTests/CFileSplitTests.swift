import Planning
import SymbolScan
import Testing

/// A C file split moves `static` functions, which only their file can call, and makes a file the build must compile.
@Suite struct CFileSplitTests {
    /// cJSON_Utils.c: `sort_list` (static) moved to cJSON_Utils_sort_list.c while `sort_object`, which stays, calls it,
    /// and the moved `compare_json` calls the staying `compare_double`; CMakeLists.txt:179 and Makefile:110 list the
    /// old file. The plan had said nothing of either.
    @Test func staticsCalledAcrossTheSplitLoseStaticAndTheBuildListsTheNewFile() throws {
        var file = PlanFile(
            path: "cJSON_Utils.c", codeLines: 780,
            declarations: [
                Declaration(name: "compare_double", kind: "function", startLine: 1, endLine: 20, codeLines: 20),
                Declaration(name: "sort_list", kind: "function", startLine: 21, endLine: 320, codeLines: 290),
                Declaration(name: "compare_json", kind: "function", startLine: 321, endLine: 420, codeLines: 95),
                Declaration(name: "sort_object", kind: "function", startLine: 421, endLine: 700, codeLines: 60),
                Declaration(name: "cJSONUtils_SortObject", kind: "function", startLine: 701, endLine: 710, codeLines: 10),
            ],
            declarationUses: [[], [], [0], [1], [3]])
        file.filePrivateNames = ["compare_double", "compare_json", "sort_list", "sort_object"]
        file.buildListings = ["CMakeLists.txt:179", "Makefile:110"]

        let steps = try splitPlan(file).stages.flatMap(\.steps)

        #expect(steps.contains { $0.hasPrefix("Repeat at the top of cJSON_Utils_") && $0.hasSuffix("the `#include` lines the moved code needs") })
        #expect(steps.contains { step in
            step.hasPrefix("Drop `static` from `compare_double`, `sort_list` and declare them in a private header (not installed) that cJSON_Utils.c and cJSON_Utils_")
                && step.hasSuffix("include: code on both sides of the split calls them")
        })
        #expect(steps.contains { $0.hasPrefix("Add cJSON_Utils_") && $0.hasSuffix(" beside cJSON_Utils.c where the build lists it: CMakeLists.txt:179, Makefile:110") })
    }

    /// A file whose moved code calls no `static` across the split, and that no build file names (a glob's), gets
    /// only the `#include` step.
    @Test func withoutStaticsOrListingsOnlyTheIncludesAreRepeated() throws {
        let file = PlanFile(
            path: "src/big.c", codeLines: 700,
            declarations: [
                Declaration(name: "big_a", kind: "function", startLine: 1, endLine: 350, codeLines: 350),
                Declaration(name: "big_b", kind: "function", startLine: 351, endLine: 700, codeLines: 350),
            ],
            declarationUses: [[1], []])

        let steps = try splitPlan(file).stages.flatMap(\.steps)

        #expect(!steps.contains { $0.hasPrefix("Drop `static`") || $0.hasPrefix("Add ") })
        #expect(steps.contains { $0.hasPrefix("Repeat at the top of src/") || $0.hasPrefix("Repeat at the top of big_") })
    }
}

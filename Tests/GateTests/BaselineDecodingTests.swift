import Foundation
import Gate
import Testing

/// What a baseline that cannot be read says: where it went wrong, and a fix that does not accept new debt.
@Suite struct BaselineDecodingTests {
    private func message(_ text: String) -> String {
        do {
            _ = try Baseline.decode(Data(text.utf8))
            return "decoded"
        } catch {
            return error.description
        }
    }

    @Test func aMergeConflictNamesItsLineAndTheSafeFix() {
        let conflicted = "{\n  \"schema\": \"accrue.baseline/1\",\n<<<<<<< HEAD\n  \"a\": 1,\n=======\n  \"a\": 2,\n>>>>>>> pr\n}\n"

        #expect(message(conflicted) == "it has merge conflict markers (line 3): keep one side "
            + "(`git checkout --ours .accrue/baseline.json`) and run `accrue baseline --update`, which only tightens it")
    }

    @Test func aCutShortFileAndAMissingKeyAreNamed() {
        #expect(message("{\"schema\": \"accrue.baseline/1\", \"files\": {") == "not a valid JSON object (cut short, or edited by hand?)")
        #expect(message("{\"schema\": \"accrue.baseline/1\"}").hasPrefix("'"))
        #expect(message("{\"schema\": \"accrue.baseline/1\"}").hasSuffix("is missing at the top level"))
    }

    @Test func aPathThroughAListPutsTheIndexInBrackets() {
        let totals = "{\"code_lines\": 1, \"principal_hours\": 0, \"interest_hours_per_month\": 0, \"cycles\": 1, \"findings\": 0}"
        let document = "{\"schema\": \"accrue.baseline/1\", \"totals\": \(totals), \"modules\": {}, \"files\": {}, "
            + "\"findings\": {}, \"cycles\": [[\"a\", 2]]}"

        #expect(message(document).hasSuffix(" at cycles[0][1]"), "\(message(document))")
    }
}

import Reporting
import Testing

@Suite struct PaybackFormatTests {
    @Test func paybacksReadInMonthsThenYearsThenNever() {
        #expect(months(0.14) == "0.1 mo")
        #expect(months(23.9) == "23.9 mo")
        #expect(months(30) == "3 yr")
        #expect(months(1_199) == "100 yr")
        #expect(months(50_554) == "over 100 yr")
    }

    @Test func countsAgreeWithTheirNounsAndGroupThousands() {
        #expect(counted(1_967, "finding") == "1,967 findings")
        #expect(counted(1, "cycle") == "1 cycle")
        #expect(counted(1, "new entry", plural: "new entries") == "1 new entry")
        #expect(counted(0, "commit") == "0 commits")
    }
}

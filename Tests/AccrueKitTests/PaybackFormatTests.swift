import DebtModel
@testable import Reporting
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

    @Test func smallRatesKeepThreeSignificantDigitsSoTheirOrderSurvivesJSON() {
        #expect(roundRate(19.19949) == 19.199)
        #expect(roundRate(0.2834) == 0.283)
        #expect(roundRate(0.041249) == 0.0412)
        #expect(roundRate(0.00041249) == 0.000412)
        #expect(roundRate(0.00041251) > roundRate(0.00040751))  // both read 0 at three decimals
        #expect(roundRate(0) == 0)
    }

    @Test func sharesReadInWholePercent() {
        #expect(percent(0.3312) == "33%")
        #expect(percent(0.004) == "<1%")
        #expect(percent(0) == "0%")
        #expect(percent(1.5) == "150%")
    }
}

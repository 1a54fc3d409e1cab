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
}

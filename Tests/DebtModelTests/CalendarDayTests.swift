import DebtModel
import Testing

@Suite struct CalendarDayTests {
    @Test(arguments: ["2027-01-01", "2024-02-29", "0001-12-31"])
    func validDaysRoundTrip(text: String) throws {
        let day = try #require(CalendarDay(text))

        #expect(day.description == text)
    }

    @Test(arguments: ["2027-1-01", "2023-02-29", "2027-13-01", "2027-00-10", "27-01-01", "tomorrow", "2027-01-01T00"])
    func invalidDaysAreRejected(text: String) {
        #expect(CalendarDay(text) == nil)
    }

    @Test func daysOrderByYearMonthDay() throws {
        let earlier = try #require(CalendarDay("2026-12-31"))
        let later = try #require(CalendarDay("2027-01-01"))

        #expect(earlier < later)
    }
}

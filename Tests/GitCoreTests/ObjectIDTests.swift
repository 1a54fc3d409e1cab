import GitCore
import Testing

@Suite struct ObjectIDTests {
    /// The hex form is written without libgit2; parsing it with libgit2 must give the same id back.
    @Test func hexRoundTripsThroughLibgit2() throws {
        let samples = [
            "0123456789abcdef0123456789abcdef01234567", "ffffffffffffffffffffffffffffffffffffffff",
            "0000000000000000000000000000000000000000", "e83c5163316f89bfbde7d9ab23ca2e25604af290",
            "a1b2c3d4e5f60718293a4b5c6d7e8f9001122334",
        ]
        for hex in samples {
            let id = try #require(ObjectID(hex: hex))
            #expect(id.description == hex)
        }
    }
}

import Testing

@testable import Handover

struct ValueConverterTests {
    @Test(arguments: [
        ("2024-05-01 10:30:00", "2024-05-01T10:30:00"),
        ("2024-05-01T10:30:00Z", "2024-05-01T10:30:00Z"),
        ("2024-05-01T10:30:00.123+02:00", "2024-05-01T10:30:00.123+02:00"),
        ("2024-02-29t23:59:59z", "2024-02-29T23:59:59Z"),
    ])
    func dateTimesNormalise(input: String, expected: String) {
        #expect(ValueConverter.convert(.string(input), to: .dateTime) == .dateTime(expected))
    }

    @Test(arguments: [
        "2023-02-29 10:00:00", "2024-13-01T00:00:00", "2024-05-01", "2024-05-01T25:00:00", "2024-05-01T10:30:00+2",
        "yesterday",
    ])
    func invalidDateTimesAreRejected(input: String) {
        #expect(ValueConverter.convert(.string(input), to: .dateTime) == nil)
    }

    @Test func numbersAndBooleans() {
        #expect(ValueConverter.convert(.string("-12"), to: .integer) == .integer(-12))
        #expect(ValueConverter.convert(.string("12.5"), to: .integer) == nil)
        #expect(ValueConverter.convert(.string("12.50"), to: .decimal) == .decimal("12.50"))
        #expect(ValueConverter.convert(.string("1e3"), to: .decimal) == .decimal("1e3"))
        #expect(ValueConverter.convert(.string("1,5"), to: .decimal) == nil)
        #expect(ValueConverter.convert(.string("Yes"), to: .boolean) == .boolean(true))
        #expect(ValueConverter.convert(.integer(0), to: .boolean) == .boolean(false))
        #expect(ValueConverter.convert(.string("maybe"), to: .boolean) == nil)
        #expect(ValueConverter.convert(.string(""), to: .integer) == .null)
        #expect(ValueConverter.convert(.integer(5), to: .string) == .string("5"))
    }
}

import Testing

@testable import Handover

struct KeySetTests {
    @Test func spillsPastItsMemoryLimitAndKeepsAnswering() throws {
        let keys = KeySet(memoryLimit: 10)
        for number in 0..<100 { #expect(try keys.insert("key-\(number)")) }
        #expect(keys.isSpilled)
        #expect(keys.count == 100)
        #expect(try !keys.insert("key-5"))
        #expect(keys.count == 100)
        #expect(try keys.contains("key-99"))
        #expect(try !keys.contains("key-100"))
        #expect(try !keys.contains("key-9 "))
    }

    @Test func batchesAreSortedAndComplete() throws {
        for limit in [3, 1000] {
            let keys = try KeySet(["b", "a", "d", "c", "e", "é"], memoryLimit: limit)
            var batches: [[String]] = []
            try keys.forEachBatch(size: 4) { batches.append($0) }
            #expect(batches == [["a", "b", "c", "d"], ["e", "é"]], "memory limit \(limit)")
        }
    }

    @Test func comparesBytesNotCanonicalEquivalence() throws {
        let keys = try KeySet(["zo\u{00EB}"])
        #expect(try !keys.contains("zoe\u{0308}"))
    }
}

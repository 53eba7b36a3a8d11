import Foundation
import Testing
import ZIPFoundation

@testable import Handover

/// The zip writer's archives read back, byte for byte, with ZIPFoundation and with `unzip -t`.
struct BundleArchiverTests {
    @Test func entriesReadBackWithAnotherZipReader() throws {
        let directory = try TemporaryDirectory()
        var generator = SystemRandomNumberGenerator()
        let contents: [(String, Data)] = [
            ("a-empty.txt", Data()),
            ("b-random.bin", Data((0..<1_500_000).map { _ in UInt8.random(in: 0...255, using: &generator) })),
            ("c-text.json", Data(String(repeating: "{\"é\": \"ü\"}\n", count: 50_000).utf8)),
        ]
        var members: [BundleArchiver.Member] = []
        for (name, data) in contents {
            let file = directory.url.appendingPathComponent("in-" + name)
            try data.write(to: file)
            members.append(.init(path: name, file: file, size: Int64(data.count)))
        }
        let archive = directory.url.appendingPathComponent("out.zip")
        try BundleArchiver(modificationDate: Date(timeIntervalSince1970: 1_700_000_000)).write(members, to: archive)
        let zip = try Archive(url: archive, accessMode: .read)
        #expect(zip.map(\.path) == contents.map(\.0))
        for (name, data) in contents {
            var read = Data()
            _ = try zip.extract(zip[name]!) { read.append($0) }
            #expect(read == data, "\(name)")
            // 2023-11-14 22:13:20 UTC, to two seconds.
            #expect(zip[name]!.fileAttributes[.modificationDate] != nil)
        }
        #expect(!(try directory.contents().contains { $0.hasPrefix(".deflated") }), "temporary files are removed")
    }

    @Test func dosDateOfTheFixedTimestamp() {
        let (time, date) = BundleArchiver.dosTimeAndDate(Date(timeIntervalSince1970: 315_532_800))
        #expect(time == 0)
        #expect(date == (0 << 9 | 1 << 5 | 1))
    }
}

import Testing

@testable import Handover

/// Names that come from the input cannot fake or hide report lines.
struct PrintableTextTests {
    @Test func controlCharactersAreEscaped() {
        #expect("plain näme.json".escapingTerminalControls == "plain näme.json")
        #expect("a\nb\r\u{1B}[2K\u{7F}\u{85}".escapingTerminalControls == "a\\u{A}b\\u{D}\\u{1B}[2K\\u{7F}\\u{85}")
        #expect("\u{202E}txt.exe\u{2066}\u{2028}".escapingTerminalControls == "\\u{202E}txt.exe\\u{2066}\\u{2028}")
    }

    /// A crafted entry name stays on its diagnostic's line, in the text report and in errors.
    @Test func aDiagnosticIsOneLineWhateverItNames() {
        let name = "data.json\nalice.zip: valid (checked: zip).\u{1B}[2K"
        let diagnostic = Diagnostic(
            .error, .zipInvalid, "the entry '\(name)' is not listed in the manifest",
            at: .init(file: "evil.zip", entry: name))
        for text in [diagnostic.description, HandoverError([diagnostic]).description] {
            #expect(!text.contains("\n"))
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
            #expect(text.contains("data.json\\u{A}alice.zip"))
        }
    }
}

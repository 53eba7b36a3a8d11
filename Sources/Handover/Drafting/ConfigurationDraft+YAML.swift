extension ConfigurationDraft {
    /// The marker of every comment a person should act on; `grep -n 'REVIEW' handover.yaml` lists them.
    public static let reviewMarker = "REVIEW"

    /// The draft as a configuration file: valid as it is, with each guess followed by a
    /// `# REVIEW:` comment saying what was guessed and why.
    public var yaml: String {
        var out = YAMLLines()
        out.comment("Draft Handover configuration written by 'handover init'.")
        out.comment(
            "Every line marked \(Self.reviewMarker) is a guess or a placeholder: check each against what you know")
        out.comment("of the processing (your privacy statement, your records of processing) before the first export.")
        out.comment(
            "Reference: the 'Configuration' section of Handover's README; then run 'handover check --config FILE'.")
        for note in review { out.comment("\(Self.reviewMarker): \(note)") }
        out.line("version: 1")
        out.blank()
        out.line("controller:")
        out.line("  name: Your organisation", review: "the controller's legal name")
        out.line("  email: privacy@example.invalid", review: "where data subjects send requests")
        out.line("  language: en", review: "the language of the bundle's page: en, nl, da or ro")
        out.line("  supervisory_authority:")
        out.line("    name: Your supervisory authority", review: "name, address and url of the authority")
        out.blank()
        if !identityTypes.isEmpty {
            out.line("identity_types:")
            for type in identityTypes {
                let rule =
                    type.defaultCountry.map { "{ normalize: \(type.rule), default_country: \($0) }" } ?? type.rule
                out.line("  \(YAMLLines.scalar(type.name)): \(rule)", review: type.review)
            }
            out.blank()
        }
        if !extensions.isEmpty {
            out.line("extensions:")
            for declared in extensions {
                out.line("  - key: \(YAMLLines.scalar(declared.key))")
                out.line(
                    "    parent: \(YAMLLines.scalar(declared.parent))",
                    review: "the nearest fideslang category above it; a narrower one may fit better")
                out.line(
                    "    description: \(YAMLLines.scalar(declared.description))",
                    review: "say what the category holds: every reader of a bundle sees it")
            }
            out.blank()
        }
        out.line("sources:")
        for source in sources {
            out.line("  - id: \(YAMLLines.scalar(source.id))")
            out.line("    kind: \(source.kind)")
            for setting in source.settings {
                out.line("    \(setting.key): \(YAMLLines.scalar(setting.value))")
            }
            for note in source.review { out.comment("\(Self.reviewMarker): \(note)", indent: 4) }
            out.line("    collections:")
            for collection in source.collections {
                Self.write(collection, to: &out)
            }
            for note in source.leftOut { out.comment("\(Self.reviewMarker): not drafted: \(note)", indent: 6) }
        }
        return out.text
    }

    private static func write(_ collection: Collection, to out: inout YAMLLines) {
        out.line("      - name: \(YAMLLines.scalar(collection.name))")
        for note in collection.review { out.comment("\(reviewMarker): \(note)", indent: 8) }
        if let table = collection.table { out.line("        table: \(YAMLLines.scalar(table))") }
        for (key, lists) in [("identities", collection.identities), ("discovers", collection.discovers)]
        where !lists.isEmpty {
            out.line("        \(key):")
            for (type, fields) in lists {
                out.line(
                    "          \(YAMLLines.scalar(type)): "
                        + (fields.count == 1
                            ? YAMLLines.scalar(fields[0])
                            : "[" + fields.map(YAMLLines.scalar).joined(separator: ", ") + "]"),
                    review: key == "discovers"
                        ? "the subject's own \(type) in these records is searched for in every other collection"
                        : nil)
            }
        }
        if !collection.references.isEmpty {
            out.line("        references:")
            for reference in collection.references {
                out.line("          - field: \(YAMLLines.scalar(reference.field))")
                out.line("            to: \(YAMLLines.scalar(reference.to))", review: reference.review)
            }
        }
        out.line(
            "        purposes: [essential.service]", review: "why these records are processed (fideslang data uses)")
        out.line("        legal_basis: contract", review: "the Art. 6 basis of the processing")
        out.line(
            "        retention: Not yet described (how long these records are kept)",
            review: "the period, or the criteria that set it (retention: { description, period: P2Y, after })")
        out.line("        fields:")
        for field in collection.fields {
            let key = "          \(YAMLLines.scalar(field.name)): "
            switch field.disposition {
            case .secret, .ignore:
                out.line(key + field.disposition.rawValue, review: field.review)
            case .export:
                var parts = [
                    "category: \(YAMLLines.scalar(field.category ?? "user"))",
                    "provenance: \((field.provenance ?? .provided).rawValue)",
                ]
                if let type = field.type { parts.append("type: \(type.rawValue)") }
                if let thirdParty = field.thirdParty { parts.append("third_party: \(thirdParty.rawValue)") }
                if let description = field.description { parts.append("description: \(YAMLLines.scalar(description))") }
                out.line(key + "{ " + parts.joined(separator: ", ") + " }", review: field.review)
            }
        }
    }
}

/// Lines of YAML with trailing review comments.
struct YAMLLines {
    private(set) var text = ""

    mutating func line(_ line: String, review: String? = nil) {
        text += line
        if let review { text += "  # \(ConfigurationDraft.reviewMarker): " + Self.oneLine(review) }
        text += "\n"
    }

    mutating func comment(_ comment: String, indent: Int = 0) {
        text += String(repeating: " ", count: indent) + "# " + Self.oneLine(comment) + "\n"
    }

    mutating func blank() { text += "\n" }

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    /// `text` as a YAML scalar: plain when that reads back as the same string, else double-quoted.
    static func scalar(_ text: String) -> String {
        let plain =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-./@+ ,()'".unicodeScalars.contains($0))
                    && $0 != "\u{FEFF}"
            }
            && !text.hasPrefix(" ") && !text.hasSuffix(" ") && !"-@,'".contains(text.first!)
            && !["true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"].contains(text.lowercased())
            && Double(text) == nil && Int(text) == nil && !text.contains(", ")
        if plain { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\r": quoted += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value):
                quoted +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}

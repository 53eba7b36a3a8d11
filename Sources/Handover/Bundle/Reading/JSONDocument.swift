import Foundation
import JSONCore

/// Turns parsed pieces of `data.json` into Handover's model, strictly: every object's members are
/// checked against the format (unknown and missing members are errors) and every error names the
/// JSON pointer of the offending value.
struct JSONDocument {
    /// The entry name used in errors.
    var entry: String
    /// The line of the piece being converted.
    var line: Int

    func failure(_ message: String, _ pointer: String) -> HandoverError {
        HandoverError(
            .bundleInvalid, message, at: .init(file: entry, line: line, field: pointer.isEmpty ? "/" : pointer))
    }

    func decode<T>(_ value: JSONValue?, at pointer: String, _ transform: (JSONValue, String) throws -> T) throws -> T {
        guard let value else { throw failure("the member is missing", pointer) }
        return try transform(value, pointer)
    }

    func object(_ value: JSONValue?, at pointer: String, required: [String], optional: [String]) throws -> [String:
        JSONValue]
    {
        guard case .object(let members) = value else { throw failure("an object is expected here", pointer) }
        var result: [String: JSONValue] = [:]
        for member in members {
            guard required.contains(member.key) || optional.contains(member.key) else {
                throw failure("unknown member '\(member.key)'", pointer + "/" + DataJSONReader.escape(member.key))
            }
            result[member.key] = member.value
        }
        for key in required where result[key] == nil {
            throw failure("the member '\(key)' is missing", pointer)
        }
        return result
    }

    func string(_ value: JSONValue?, at pointer: String) throws -> String {
        guard case .string(let text) = value else { throw failure("a string is expected here", pointer) }
        return text
    }

    func optionalString(_ value: JSONValue?, at pointer: String) throws -> String? {
        guard let value else { return nil }
        return try string(value, at: pointer)
    }

    func array(_ value: JSONValue?, at pointer: String) throws -> [JSONValue] {
        guard case .array(let items) = value else { throw failure("an array is expected here", pointer) }
        return items
    }

    func contact(_ value: JSONValue, at pointer: String) throws -> Contact {
        let object = try object(value, at: pointer, required: ["name"], optional: ["email", "phone", "address", "url"])
        return Contact(
            name: try string(object["name"], at: pointer + "/name"),
            email: try optionalString(object["email"], at: pointer + "/email"),
            phone: try optionalString(object["phone"], at: pointer + "/phone"),
            address: try optionalString(object["address"], at: pointer + "/address"),
            url: try optionalString(object["url"], at: pointer + "/url"))
    }

    func controller(_ value: JSONValue, at pointer: String) throws -> ControllerConfiguration {
        let object = try object(
            value, at: pointer, required: ["name", "supervisoryAuthority"],
            optional: [
                "address", "email", "phone", "website", "language", "registrationNumber", "responsePeriod", "dpo",
            ])
        return ControllerConfiguration(
            name: try string(object["name"], at: pointer + "/name"),
            address: try optionalString(object["address"], at: pointer + "/address"),
            email: try optionalString(object["email"], at: pointer + "/email"),
            phone: try optionalString(object["phone"], at: pointer + "/phone"),
            website: try optionalString(object["website"], at: pointer + "/website"),
            dpo: try object["dpo"].map { try contact($0, at: pointer + "/dpo") },
            supervisoryAuthority: try contact(object["supervisoryAuthority"]!, at: pointer + "/supervisoryAuthority"),
            language: try optionalString(object["language"], at: pointer + "/language"),
            registrationNumber: try optionalString(object["registrationNumber"], at: pointer + "/registrationNumber"),
            responsePeriod: try optionalString(object["responsePeriod"], at: pointer + "/responsePeriod"))
    }

    /// A collection's `legalBasisByField` object.
    func legalBasisRule(_ value: JSONValue?, at pointer: String) throws -> LegalBasisRule? {
        guard let value else { return nil }
        let object = try object(value, at: pointer, required: ["field", "cases"], optional: [])
        var cases: [LegalBasisRule.Case] = []
        for (index, item) in try array(object["cases"], at: pointer + "/cases").enumerated() {
            let at = "\(pointer)/cases/\(index)"
            let entry = try self.object(
                item, at: at, required: ["value", "code", "article", "iri"], optional: ["provision", "interest"])
            let code = try string(entry["code"], at: at + "/code")
            guard let basis = LegalBasis(rawValue: code),
                try string(entry["article"], at: at + "/article") == basis.article,
                try string(entry["iri"], at: at + "/iri") == basis.iri
            else {
                throw failure("the legal basis '\(code)' is unknown or its article and IRI do not belong to it", at)
            }
            cases.append(
                LegalBasisRule.Case(
                    value: try string(entry["value"], at: at + "/value"),
                    basis: OtherLegalBasis(
                        basis: basis, provision: try optionalString(entry["provision"], at: at + "/provision"),
                        interest: try optionalString(entry["interest"], at: at + "/interest"))))
        }
        return LegalBasisRule(field: try string(object["field"], at: pointer + "/field"), cases: cases)
    }

    /// A collection's `otherLegalBases` array.
    func otherLegalBases(_ value: JSONValue?, at pointer: String) throws -> [OtherLegalBasis] {
        guard let value else { return [] }
        return try array(value, at: pointer).enumerated().map { index, item in
            let at = "\(pointer)/\(index)"
            let object = try object(
                item, at: at, required: ["code", "article", "iri"], optional: ["provision", "interest", "purposes"])
            let code = try string(object["code"], at: at + "/code")
            guard let basis = LegalBasis(rawValue: code),
                try string(object["article"], at: at + "/article") == basis.article,
                try string(object["iri"], at: at + "/iri") == basis.iri
            else {
                throw failure("the legal basis '\(code)' is unknown or its article and IRI do not belong to it", at)
            }
            return OtherLegalBasis(
                basis: basis, provision: try optionalString(object["provision"], at: at + "/provision"),
                interest: try optionalString(object["interest"], at: at + "/interest"),
                purposes: try object["purposes"].map { list in
                    try array(list, at: at + "/purposes").enumerated().map {
                        try string($1, at: "\(at)/purposes/\($0)")
                    }
                } ?? [])
        }
    }

    /// A collection object; its `records` and `recordCount` members are checked for presence only.
    func collectionHeader(_ value: JSONValue, at pointer: String) throws -> CollectionHeader {
        let object = try object(
            value, at: pointer,
            required: [
                "source", "name", "purposes", "legalBasis", "retention", "recipients", "fields", "records",
                "recordCount",
            ],
            optional: ["dataSubject", "otherLegalBases", "legalBasisByField", "supplementary"])
        let legal = try self.object(
            object["legalBasis"], at: pointer + "/legalBasis", required: ["code", "article", "iri"],
            optional: ["provision", "interest"])
        let code = try string(legal["code"], at: pointer + "/legalBasis/code")
        guard let basis = LegalBasis(rawValue: code) else {
            throw failure("'\(code)' is not a legal basis", pointer + "/legalBasis/code")
        }
        guard try string(legal["article"], at: pointer + "/legalBasis/article") == basis.article,
            try string(legal["iri"], at: pointer + "/legalBasis/iri") == basis.iri
        else {
            throw failure("the article and IRI do not belong to the legal basis '\(code)'", pointer + "/legalBasis")
        }
        let retention = try self.object(
            object["retention"], at: pointer + "/retention", required: ["description"], optional: ["period", "after"])
        return CollectionHeader(
            source: try string(object["source"], at: pointer + "/source"),
            name: try string(object["name"], at: pointer + "/name"),
            purposes: try array(object["purposes"], at: pointer + "/purposes").enumerated().map {
                try string($1, at: "\(pointer)/purposes/\($0)")
            },
            legalBasis: basis,
            legalBasisProvision: try optionalString(legal["provision"], at: pointer + "/legalBasis/provision"),
            legitimateInterest: try optionalString(legal["interest"], at: pointer + "/legalBasis/interest"),
            otherLegalBases: try otherLegalBases(object["otherLegalBases"], at: pointer + "/otherLegalBases"),
            legalBasisByField: try legalBasisRule(object["legalBasisByField"], at: pointer + "/legalBasisByField"),
            dataSubject: try optionalString(object["dataSubject"], at: pointer + "/dataSubject"),
            retention: Retention(
                description: try string(retention["description"], at: pointer + "/retention/description"),
                period: try optionalString(retention["period"], at: pointer + "/retention/period"),
                after: try optionalString(retention["after"], at: pointer + "/retention/after")),
            recipients: try array(object["recipients"], at: pointer + "/recipients").enumerated().map {
                let at = "\(pointer)/recipients/\($0)"
                let recipient = try self.object(
                    $1, at: at, required: ["name"], optional: ["role", "purpose", "country"])
                return Recipient(
                    name: try string(recipient["name"], at: at + "/name"),
                    role: try optionalString(recipient["role"], at: at + "/role"),
                    purpose: try optionalString(recipient["purpose"], at: at + "/purpose"),
                    country: try optionalString(recipient["country"], at: at + "/country"))
            },
            fields: try array(object["fields"], at: pointer + "/fields").enumerated().map {
                let at = "\(pointer)/fields/\($0)"
                let field = try self.object(
                    $1, at: at, required: ["name", "category", "provenance", "provenanceIri"],
                    optional: ["description", "thirdParty"])
                let name = try string(field["provenance"], at: at + "/provenance")
                guard let provenance = Provenance(rawValue: name) else {
                    throw failure("'\(name)' is not a provenance", at + "/provenance")
                }
                guard try string(field["provenanceIri"], at: at + "/provenanceIri") == provenance.iri else {
                    throw failure("the IRI does not belong to the provenance '\(name)'", at + "/provenanceIri")
                }
                return CollectionHeader.Field(
                    name: try string(field["name"], at: at + "/name"),
                    category: try string(field["category"], at: at + "/category"), provenance: provenance,
                    description: try optionalString(field["description"], at: at + "/description"),
                    thirdParty: try optionalString(field["thirdParty"], at: at + "/thirdParty").map { word in
                        guard let handling = FieldConfiguration.ThirdPartyHandling(rawValue: word) else {
                            throw failure("'\(word)' is not a third-party handling", at + "/thirdParty")
                        }
                        return handling
                    })
            },
            supplementary: try object["supplementary"].map { try supplementary($0, at: pointer + "/supplementary") })
    }

    /// Reads a collection's Art. 15 `supplementary` object.
    func supplementary(_ value: JSONValue, at pointer: String) throws -> CollectionHeader.Supplementary {
        let object = try object(
            value, at: pointer, required: ["automatedDecisionMaking", "transfers"], optional: ["sourceOfData"])
        let decision = try self.object(
            object["automatedDecisionMaking"], at: pointer + "/automatedDecisionMaking", required: ["exists"],
            optional: ["description", "logic", "consequences"])
        guard case .bool(let exists) = decision["exists"] else {
            throw failure("'exists' must be true or false", pointer + "/automatedDecisionMaking/exists")
        }
        let at = pointer + "/automatedDecisionMaking"
        return CollectionHeader.Supplementary(
            sourceOfData: try optionalString(object["sourceOfData"], at: pointer + "/sourceOfData"),
            automatedDecisionMaking: exists
                ? AutomatedDecisionMaking(
                    description: try string(decision["description"], at: at + "/description"),
                    logic: try string(decision["logic"], at: at + "/logic"),
                    consequences: try string(decision["consequences"], at: at + "/consequences"))
                : nil,
            transfers: try array(object["transfers"], at: pointer + "/transfers").enumerated().map {
                let at = "\(pointer)/transfers/\($0)"
                let transfer = try self.object(
                    $1, at: at, required: ["safeguard"],
                    optional: ["country", "destination", "recipient", "provision", "copyAvailableAt"])
                return Transfer(
                    country: try optionalString(transfer["country"], at: at + "/country"),
                    destination: try optionalString(transfer["destination"], at: at + "/destination"),
                    recipient: try optionalString(transfer["recipient"], at: at + "/recipient"),
                    safeguard: try string(transfer["safeguard"], at: at + "/safeguard"),
                    provision: try optionalString(transfer["provision"], at: at + "/provision"),
                    copyAvailableAt: try optionalString(transfer["copyAvailableAt"], at: at + "/copyAvailableAt"))
            })
    }

    /// A `{"type": …, "value": …}` object whose value's JSON type agrees with its declared type.
    func typedValue(_ value: JSONValue, at pointer: String) throws -> Value {
        let object = try object(value, at: pointer, required: ["type", "value"], optional: [])
        let type = try string(object["type"], at: pointer + "/type")
        let inner = object["value"]!
        let valuePointer = pointer + "/value"
        func mismatch() -> HandoverError {
            failure("the value does not have the JSON type its type '\(type)' requires", valuePointer)
        }
        switch (type, inner) {
        case ("null", .null): return .null
        case ("string", .string(let text)): return .string(text)
        case ("integer", .number(let text)):
            guard let number = Int64(text) else {
                throw failure("'\(text)' is not a 64-bit whole number", valuePointer)
            }
            return .integer(number)
        case ("decimal", .number(let text)): return .decimal(text)
        case ("boolean", .bool(let flag)): return .boolean(flag)
        case ("date", .string(let text)):
            guard ValueConverter.isDate(Array(text.utf8)) else {
                throw failure("'\(text)' is not a date YYYY-MM-DD", valuePointer)
            }
            return .date(text)
        case ("date-time", .string(let text)):
            guard ValueConverter.normalisedDateTime(text) == text else {
                throw failure("'\(text)' is not an RFC 3339 date-time", valuePointer)
            }
            return .dateTime(text)
        case ("redacted", .string(let text)):
            guard text == Value.redactionMarker else {
                throw failure("a redacted value must read \"\(Value.redactionMarker)\"", valuePointer)
            }
            return .redacted
        case ("binary", .string(let text)):
            guard let bytes = Data(base64Encoded: text) else {
                throw failure("the binary value is not base64", valuePointer)
            }
            return .binary(bytes)
        case ("null", _), ("string", _), ("integer", _), ("decimal", _), ("boolean", _), ("date", _), ("date-time", _),
            ("binary", _), ("redacted", _):
            throw mismatch()
        default:
            throw failure(
                "'\(type)' is not a value type (string, integer, decimal, boolean, date, date-time, binary, redacted, null)",
                pointer + "/type")
        }
    }
}

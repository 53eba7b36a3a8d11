/// What a bundle says, piece by piece, as the exporter hands it to the writers.

/// The part of a bundle that comes before any record.
public struct BundleHeader: Sendable, Equatable {
    /// The bundle format version the writers produce.
    public static let formatVersion = 1

    /// The controller answering the request.
    public var controller: ControllerConfiguration
    /// The subject's identifiers as the request gave them.
    public var identifiers: [SubjectIdentifier]
    /// Identifiers found in the subject's records.
    public var discovered: [DiscoveredIdentifier]
    /// The request's scope.
    public var scope: ExportScope
    /// The collections left out because their source failed while it was read (a partial export).
    public var missing: [Manifest.MissingCollection] = []
    /// The configuration's identity types, which the page names the identifiers by.
    public var identityTypes: [String: IdentityTypeConfiguration] = [:]
    /// The configuration's own data categories and uses, which the page names and explains.
    public var extensions: [TaxonomyExtension] = []
}

/// One collection's description, written before its records.
public struct CollectionHeader: Sendable, Equatable {
    /// One exported field's description.
    public struct Field: Sendable, Equatable {
        /// The field's name in the source.
        public var name: String
        /// The fideslang data category.
        public var category: String
        /// Where the data came from.
        public var provenance: Provenance
        /// An explanation for the subject.
        public var description: String?
        /// How the field's data about other people is withheld, if it holds any.
        public var thirdParty: FieldConfiguration.ThirdPartyHandling?
        /// The column's heading on the page, as configured.
        public var label: LocalizedText? = nil
        /// The type the configuration gives the field, which the page formats by.
        public var type: ValueType? = nil
        /// The description per language as configured, for the page; ``description`` is the text
        /// the data files carry.
        public var localizedDescription: LocalizedText? = nil
    }

    /// The supplementary information of Art. 15(1)–(2), written in access bundles.
    public struct Supplementary: Sendable, Equatable {
        /// Where the data came from when not from the subject.
        public var sourceOfData: String?
        /// Automated decision-making the data feeds, if any.
        public var automatedDecisionMaking: AutomatedDecisionMaking?
        /// Transfers outside the EEA and their safeguards.
        public var transfers: [Transfer]
    }

    /// The source's id.
    public var source: String
    /// The collection's name.
    public var name: String
    /// Why the data is processed (fideslang data uses).
    public var purposes: [String]
    /// The Art. 6 basis.
    public var legalBasis: LegalBasis
    /// The national provision the basis rests on, if cited.
    public var legalBasisProvision: String?
    /// The legitimate interest pursued, for Art. 6(1)(f).
    public var legitimateInterest: String?
    /// Further legal bases for some or all of the purposes.
    public var otherLegalBases: [OtherLegalBasis] = []
    /// The legal basis chosen per record by a field's value, if any.
    public var legalBasisByField: LegalBasisRule? = nil
    /// The kind of people the collection is about (fideslang data subject).
    public var dataSubject: String?
    /// How long the data is kept.
    public var retention: Retention
    /// Who receives it.
    public var recipients: [Recipient]
    /// The exported fields, in source order where the source knows it.
    public var fields: [Field]
    /// The Art. 15 supplementary information; `nil` outside the access scope.
    public var supplementary: Supplementary?
    /// The collection's heading on the page, as configured.
    public var label: LocalizedText? = nil
}

/// One record as it is written: only exported fields, with their final values.
public struct ExportedRecord: Sendable, Equatable {
    /// The fields, in source order.
    public var fields: [Record.Field]
}

/// Receives a bundle's content in order: header, then each collection's header and records.
protocol BundleContentWriter {
    /// Writes what comes before the first collection.
    func begin(_ header: BundleHeader) throws
    /// Opens a collection.
    func beginCollection(_ collection: CollectionHeader) throws
    /// Writes one record of the open collection.
    func write(_ record: ExportedRecord) throws
    /// Closes the open collection.
    func endCollection(recordCount: Int) throws
    /// Ends the document.
    func finish() throws
}

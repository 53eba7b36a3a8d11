/// A Fides dataset annotation (`dataset:` in a Fides YAML file), as far as Handover reads it:
/// collections, fields (nested ones too), `data_categories`, `fides_meta.identity`,
/// `fides_meta.primary_key` and `fides_meta.references`. Other keys are accepted and left alone.
///
/// The format is Fides' documented one (fideslang `Dataset`); see ``FidesDatasetImport``.
struct FidesDatasetFile: Decodable {
    var dataset: [FidesDataset]
}

struct FidesDataset: Decodable {
    var fidesKey: String
    var name: String?
    var description: String?
    var collections: [FidesCollection]

    enum CodingKeys: String, CodingKey {
        case fidesKey = "fides_key"
        case name, description, collections
    }
}

struct FidesCollection: Decodable {
    var name: String
    var description: String?
    var fields: [FidesField]
    var fidesMeta: FidesCollectionMeta?

    enum CodingKeys: String, CodingKey {
        case name, description, fields
        case fidesMeta = "fides_meta"
    }
}

struct FidesCollectionMeta: Decodable {
    var after: [String]?
    var skipProcessing: Bool?

    enum CodingKeys: String, CodingKey {
        case after
        case skipProcessing = "skip_processing"
    }
}

struct FidesField: Decodable {
    var name: String
    var description: String?
    var dataCategories: [String]?
    var fidesMeta: FidesFieldMeta?
    var fields: [FidesField]?

    enum CodingKeys: String, CodingKey {
        case name, description, fields
        case dataCategories = "data_categories"
        case fidesMeta = "fides_meta"
    }

    /// This field and its nested fields, depth first, with dotted names (`address.city`).
    func flattened(prefix: String = "") -> [(name: String, field: FidesField)] {
        let name = prefix.isEmpty ? self.name : prefix + "." + self.name
        return [(name, self)] + (fields ?? []).flatMap { $0.flattened(prefix: name) }
    }
}

struct FidesFieldMeta: Decodable {
    var identity: String?
    var primaryKey: Bool?
    var dataType: String?
    var references: [FidesReference]?

    enum CodingKeys: String, CodingKey {
        case identity, references
        case primaryKey = "primary_key"
        case dataType = "data_type"
    }
}

struct FidesReference: Decodable {
    var dataset: String?
    /// `collection.field`.
    var field: String
    /// `from` (values flow from the referenced field to this one), `to`, or none (both ways).
    var direction: String?
}

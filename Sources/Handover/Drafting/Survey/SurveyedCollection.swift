/// What `handover init` learned about one table or file: its fields in source order, its keys,
/// and the shapes of the values it sampled.
///
/// A survey holds no value from the data: each field keeps counts of the patterns its sampled
/// values matched (``ValueProfile``), so a draft can say "holds e-mail addresses" without copying one.
public struct SurveyedCollection: Sendable, Equatable {
    /// The table (schema-qualified where the database has several schemas) or the file's collection name.
    public var name: String
    /// The fields, in the source's order.
    public var fields: [SurveyedField]
    /// The primary key's fields, when the source declares one.
    public var primaryKey: [String]
    /// The foreign keys the source declares.
    public var foreignKeys: [SurveyedForeignKey]
    /// Whether it is a view (or a materialised view) of a database, which reads other tables.
    public var isView: Bool

    /// Creates a survey of one collection.
    public init(
        name: String, fields: [SurveyedField], primaryKey: [String] = [], foreignKeys: [SurveyedForeignKey] = [],
        isView: Bool = false
    ) {
        self.name = name
        self.fields = fields
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
        self.isView = isView
    }

    /// The field called `name`.
    public subscript(field name: String) -> SurveyedField? {
        fields.first { $0.name == name }
    }
}

/// One field of a surveyed collection.
public struct SurveyedField: Sendable, Equatable {
    /// The column, header or key name.
    public var name: String
    /// The type the source declares (`TEXT`, `timestamptz`), when it has one.
    public var declaredType: String?
    /// What the sampled values looked like.
    public var profile: ValueProfile

    /// Creates a surveyed field.
    public init(name: String, declaredType: String? = nil, profile: ValueProfile = ValueProfile()) {
        self.name = name
        self.declaredType = declaredType
        self.profile = profile
    }
}

/// A foreign key a database declares: `field` holds keys of `table`'s `key`.
public struct SurveyedForeignKey: Sendable, Equatable {
    /// The referencing field.
    public var field: String
    /// The referenced table.
    public var table: String
    /// The referenced field.
    public var key: String

    /// Creates a foreign key.
    public init(field: String, table: String, key: String) {
        self.field = field
        self.table = table
        self.key = key
    }
}

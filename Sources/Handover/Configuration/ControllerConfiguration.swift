/// The controller: the organisation that answers the request and is accountable for the data.
public struct ControllerConfiguration: Sendable, Decodable, Equatable {
    /// The legal name.
    public var name: String
    /// The postal address of the establishment.
    public var address: String?
    /// Where subjects write about their data; a controller may publish only a postal address.
    public var email: String?
    /// A telephone number for privacy questions.
    public var phone: String?
    /// The controller's website.
    public var website: String?
    /// The data protection officer (or privacy contact) the subject may reach.
    public var dpo: Contact?
    /// The supervisory authority the subject may complain to (Art. 77).
    public var supervisoryAuthority: Contact
    /// The language the controller writes to subjects in (`en`, `nl`, `ro`, `da`).
    public var language: String?
    /// The company registration or VAT number (`BE 0699.693.365`, `KvK 67201962`).
    public var registrationNumber: String?
    /// How soon the controller answers a request, as an ISO 8601 duration (`P30D`; GDPR Art. 12(3)
    /// allows one month).
    public var responsePeriod: String?

    /// Creates a controller description.
    public init(
        name: String, address: String? = nil, email: String?, phone: String? = nil, website: String? = nil,
        dpo: Contact? = nil, supervisoryAuthority: Contact, language: String? = nil,
        registrationNumber: String? = nil, responsePeriod: String? = nil
    ) {
        self.name = name
        self.address = address
        self.email = email
        self.phone = phone
        self.website = website
        self.dpo = dpo
        self.supervisoryAuthority = supervisoryAuthority
        self.language = language
        self.registrationNumber = registrationNumber
        self.responsePeriod = responsePeriod
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, address, email, phone, website, dpo, language
        case supervisoryAuthority = "supervisory_authority"
        case registrationNumber = "registration_number"
        case responsePeriod = "response_period"
    }

    /// Decodes the YAML or JSON form, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        address = try container.decodeIfPresent(String.self, forKey: .address)
        email = try container.decodeIfPresent(String.self, forKey: .email)
        phone = try container.decodeIfPresent(String.self, forKey: .phone)
        website = try container.decodeIfPresent(String.self, forKey: .website)
        dpo = try container.decodeIfPresent(Contact.self, forKey: .dpo)
        supervisoryAuthority = try container.decode(Contact.self, forKey: .supervisoryAuthority)
        language = try container.decodeIfPresent(String.self, forKey: .language)
        registrationNumber = try container.decodeIfPresent(String.self, forKey: .registrationNumber)
        responsePeriod = try container.decodeIfPresent(String.self, forKey: .responsePeriod)
    }
}

/// A person or body to contact: a DPO, an authority, a recipient.
public struct Contact: Sendable, Decodable, Equatable {
    /// The name.
    public var name: String
    /// An e-mail address.
    public var email: String?
    /// A telephone number.
    public var phone: String?
    /// A postal address.
    public var address: String?
    /// A website.
    public var url: String?

    /// Creates a contact.
    public init(name: String, email: String? = nil, phone: String? = nil, address: String? = nil, url: String? = nil) {
        self.name = name
        self.email = email
        self.phone = phone
        self.address = address
        self.url = url
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, email, phone, address, url
    }

    /// Decodes the YAML or JSON form, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        email = try container.decodeIfPresent(String.self, forKey: .email)
        phone = try container.decodeIfPresent(String.self, forKey: .phone)
        address = try container.decodeIfPresent(String.self, forKey: .address)
        url = try container.decodeIfPresent(String.self, forKey: .url)
    }
}

/// How a piece of personal data came to be held, in W3C DPV terms.
///
/// Art. 20 portability covers data the subject *provided* and, per the EDPB, data *observed* about
/// them; *derived* and *inferred* data fall outside it.
public enum Provenance: String, Sendable, Codable, CaseIterable {
    /// Given by the subject (a form, an upload).
    case provided
    /// Recorded by watching the subject's activity (logs, device data).
    case observed
    /// Computed from other data by plain rules (an age from a birth date).
    case derived
    /// Concluded by inference or profiling (a credit score, a segment).
    case inferred

    /// The W3C DPV concept (`https://w3id.org/dpv#ProvidedPersonalData` …).
    public var iri: String {
        "https://w3id.org/dpv#\(rawValue.prefix(1).uppercased())\(rawValue.dropFirst())PersonalData"
    }
}

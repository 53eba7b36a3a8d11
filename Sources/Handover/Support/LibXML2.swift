internal import CLibXML2
import Synchronization

/// The process-wide libxml2 set-up that reading untrusted XML needs, done once.
///
/// libxml2 keeps some state per process: it must be initialised once (`xmlInitParser`) before
/// threads use it, and the loader it calls for external entities and DTDs is a global. Handover
/// installs a loader that refuses every load and counts the attempts, so no XML that Handover reads
/// can make it open a file or a network connection, whatever the document says. Library users who
/// need libxml2 to load external resources elsewhere in the same process should know that this
/// loader stays installed once any Handover XML reader has run.
enum LibXML2 {
    /// How many external loads libxml2 asked for and was refused, since the process started.
    static var refusedLoads: Int { refusedLoadCount.load(ordering: .relaxed) }

    /// Initialises libxml2 and installs the refusing loader; cheap after the first call.
    static func prepare() {
        _ = initialised
    }

    private static let refusedLoadCount = Atomic<Int>(0)

    private static let initialised: Bool = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in
            LibXML2.refusedLoadCount.add(1, ordering: .relaxed)
            return nil
        }
        return true
    }()
}

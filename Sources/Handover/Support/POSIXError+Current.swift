import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension POSIXError {
    /// The error `errno` holds now, kept as a ``HandoverError``'s underlying error so that a caller
    /// can branch on the system's code (`ENOSPC`, `EACCES`, …) as well as read the message.
    static var current: POSIXError? { POSIXErrorCode(rawValue: errno).map { POSIXError($0) } }
}

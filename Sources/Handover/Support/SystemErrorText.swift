import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The operating system's words for why a file operation failed ("No space left on device"), not
/// Foundation's description of its error object (which prints its domain, code and user info).
///
/// A POSIX error, or a Foundation error with one underneath, gives `strerror`'s text; any other error
/// its localized description.
func systemErrorText(_ error: any Error) -> String {
    if let posix = error as? POSIXError {
        return String(cString: strerror(posix.code.rawValue))
    }
    let object = error as NSError
    if object.domain == NSPOSIXErrorDomain {
        return String(cString: strerror(Int32(object.code)))
    }
    if let underlying = object.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
        return String(cString: strerror(Int32(underlying.code)))
    }
    return object.localizedDescription
}

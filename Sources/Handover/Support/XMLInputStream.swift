internal import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file descriptor that libxml2 reads through a callback, with the prolog checked on the way:
/// the bytes of a document that ``XMLPrologScanner`` refuses never reach the parser.
final class XMLInputStream {
    let descriptor: Int32
    let ownsDescriptor: Bool
    var scanner = XMLPrologScanner()
    var prologDone = false
    var refusal: XMLPrologScanner.Refusal?
    var readError: Int32?

    /// Reads from `descriptor`, closing it at the end when `ownsDescriptor` is set.
    init(descriptor: Int32, ownsDescriptor: Bool = false) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// libxml2's read callback: fills `buffer`, returns the byte count, 0 at the end, -1 to stop.
    static let readCallback: xmlInputReadCallback = { context, buffer, length in
        guard let context, let buffer, length > 0 else { return -1 }
        let input = Unmanaged<XMLInputStream>.fromOpaque(context).takeUnretainedValue()
        if input.refusal != nil { return -1 }
        var count: Int
        repeat {
            count = read(input.descriptor, buffer, Int(length))
        } while count < 0 && errno == EINTR
        if count < 0 {
            input.readError = errno
            return -1
        }
        if !input.prologDone {
            let verdict =
                count == 0
                ? input.scanner.verdictAtEnd : input.scanner.scan(UnsafeRawBufferPointer(start: buffer, count: count))
            switch verdict {
            case .needMore: break
            case .accepted: input.prologDone = true
            case .refused(let refusal):
                input.refusal = refusal
                return -1
            }
        }
        return Int32(count)
    }
}

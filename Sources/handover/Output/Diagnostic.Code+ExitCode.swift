import Handover

extension Diagnostic.Code {
    /// The exit code of `handover export` for a failure of this kind (sysexits.h values), as the
    /// root command's help lists them.
    var exitCode: Int32 {
        switch self {
        case .usage: 64
        case .dataInvalid, .bundleInvalid: 65
        case .inputMissing, .inputUnreadable: 66
        case .outputFailed, .outputExists: 73
        case .ioFailed: 74
        case .sourceBusy: 75
        case .configurationInvalid: 78
        case .cancelled: 130
        default: 70
        }
    }
}

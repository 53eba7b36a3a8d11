import ArgumentParser
import Foundation
import Handover

/// Output helpers shared by the subcommands.
enum Terminal {
    /// Writes a line to standard error.
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Shows an export's progress on standard error.
    static func progress(_ event: ExportEvent) {
        switch event {
        case .collectionStarted: break
        case .collectionFinished(let source, let collection, let records, let seconds):
            standardError("  \(source)/\(collection): \(records) record\(records == 1 ? "" : "s") (\(String(format: "%.2f", seconds)) s)")
        case .packaging:
            standardError("  packaging bundle…")
        }
    }
}

/// Runs `body`, turning a ``HandoverError`` into a message on standard error and its documented exit code.
func runReportingErrors(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as HandoverError {
        Terminal.standardError("error: \(error)")
        throw ExitCode(error.code.exitCode)
    } catch let error where error is ExitCode || error is ValidationError || error is CleanExit {
        throw error
    } catch {
        Terminal.standardError("error: internal error: \(error). Please report this with the command you ran.")
        throw ExitCode(70)
    }
}

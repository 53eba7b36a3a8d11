import ArgumentParser
import Foundation
import Handover

/// Output helpers shared by the subcommands.
enum Terminal {
    /// Writes a line to standard error.
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Makes SIGINT, SIGTERM and SIGHUP (the terminal closed) remove unfinished bundles before the
/// process exits, so an interrupted export leaves no personal data behind. Exits with 128 plus the
/// signal's number (130, 143, 129), as shells do. A staging directory a SIGKILL leaves behind is
/// removed by the next export into the same folder.
///
/// - Parameter message: What to say on standard error when interrupted.
func removeUnfinishedBundlesOnInterrupt(saying message: String = "interrupted: no bundle was written") {
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
        signal(signalNumber, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
        source.setEventHandler {
            Exporter.removeUnfinishedBundles()
            Terminal.standardError(message)
            exit(128 + signalNumber)
        }
        source.resume()
        interruptSources.append(source)
    }
}

/// Keeps the signal sources alive for the life of the process.
nonisolated(unsafe) private var interruptSources: [any DispatchSourceSignal] = []

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

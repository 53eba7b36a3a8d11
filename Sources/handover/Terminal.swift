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
/// The handler holds ``interruptCleanup`` from the start of its cleanup until the process exits, so
/// an export that fails *because* its staging directory is being removed does not end the process
/// first with its own exit code (73, "cannot create the file") and half the directory left.
///
/// - Parameter message: What to say on standard error when interrupted.
func removeUnfinishedBundlesOnInterrupt(saying message: String = "interrupted: no bundle was written") {
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
        signal(signalNumber, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
        source.setEventHandler {
            // Never released: the process exits while holding it.
            interruptCleanup.lock()
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

/// Held by an interrupt's cleanup until the process exits (see ``removeUnfinishedBundlesOnInterrupt(saying:)``).
private let interruptCleanup = NSLock()

/// Returns at once, unless an interrupt's cleanup has begun: then it waits for the cleanup to end
/// the process with the signal's exit code.
private func waitForAnInterruptsCleanup() {
    interruptCleanup.withLock {}
}

/// Runs `body`, turning a ``HandoverError`` into a message on standard error and its documented exit code.
func runReportingErrors(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as HandoverError {
        waitForAnInterruptsCleanup()
        Terminal.standardError("error: \(error)")
        throw ExitCode(error.code.exitCode)
    } catch let error where error is ExitCode || error is ValidationError || error is CleanExit {
        throw error
    } catch {
        waitForAnInterruptsCleanup()
        Terminal.standardError("error: internal error: \(error). Please report this with the command you ran.")
        throw ExitCode(70)
    }
}
